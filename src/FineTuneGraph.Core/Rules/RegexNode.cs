namespace FineTuneGraph.Rules;

/// <summary>
/// The shape of a regex, as far as the checks of <see cref="RegexSafety"/> need it (see <see cref="RegexShapeParser"/>):
/// which characters each position can take, and what is repeated how often.
/// </summary>
/// <param name="Kind">What the node is.</param>
/// <param name="Set">For an atom, the characters it can match.</param>
/// <param name="Children">The nodes of a sequence or an alternation; the one repeated node of a repeat.</param>
/// <param name="Min">For a repeat, the fewest times.</param>
/// <param name="Max">For a repeat, the most times; null when unbounded.</param>
/// <param name="Start">Where the node starts in the pattern (for a repeat, its group or atom).</param>
/// <param name="End">Where it ends in the pattern (for a repeat, after its quantifier).</param>
internal sealed record RegexNode(RegexNodeKind Kind, RegexCharSet Set, IReadOnlyList<RegexNode> Children, int Min, int? Max, int Start, int End)
{
    public static RegexNode Atom(RegexCharSet set, int start, int end) => new(RegexNodeKind.Atom, set, [], 1, 1, start, end);

    public static RegexNode Empty(int start, int end) => new(RegexNodeKind.Empty, RegexCharSet.None, [], 0, 0, start, end);

    /// <summary>True for a repeat that may run more than once, so that its iterations can split a text in several ways.</summary>
    public bool Iterates => Kind == RegexNodeKind.Repeat && Max is null or >= 2;

    /// <summary>True when it can match the empty string.</summary>
    public bool Nullable { get; } = Kind switch
    {
        RegexNodeKind.Atom => false,
        RegexNodeKind.Sequence => Children.All(c => c.Nullable),
        RegexNodeKind.Alternation => Children.Any(c => c.Nullable),
        RegexNodeKind.Repeat => Min == 0 || Children[0].Nullable,
        _ => true,
    };

    /// <summary>The characters a match can start with.</summary>
    public RegexCharSet First { get; } = Kind switch
    {
        RegexNodeKind.Atom => Set,
        RegexNodeKind.Sequence => FirstOf(Children, 0, RegexCharSet.None),
        RegexNodeKind.Alternation => Children.Aggregate(RegexCharSet.None, (set, c) => set.Union(c.First)),
        RegexNodeKind.Repeat => Children[0].First,
        _ => RegexCharSet.None,
    };

    /// <summary>Every character a match can hold.</summary>
    public RegexCharSet Chars { get; } = Kind == RegexNodeKind.Atom ? Set : Children.Aggregate(RegexCharSet.None, (set, c) => set.Union(c.Chars));

    /// <summary>
    /// The atoms of a node that always matches the same number of characters one by one (a literal word, a run of
    /// classes); null for anything with a repeat or an alternation in it.
    /// </summary>
    public IReadOnlyList<RegexCharSet>? FixedAtoms() => Kind switch
    {
        RegexNodeKind.Atom => [Set],
        RegexNodeKind.Empty => [],
        RegexNodeKind.Sequence => Children.Select(c => c.FixedAtoms()).Aggregate((IEnumerable<RegexCharSet>?)[], (all, atoms) => all is null || atoms is null ? null : all.Concat(atoms))?.ToArray(),
        _ => null,
    };

    /// <summary>What the nodes from <paramref name="index"/> on can start with; <paramref name="after"/> when they can all be empty.</summary>
    public static RegexCharSet FirstOf(IReadOnlyList<RegexNode> nodes, int index, RegexCharSet after)
    {
        var first = RegexCharSet.None;
        for (var i = index; i < nodes.Count; i++)
        {
            first = first.Union(nodes[i].First);
            if (!nodes[i].Nullable)
            {
                return first;
            }
        }

        return first.Union(after);
    }
}
