namespace FineTuneGraph.Rules;

public static partial class RegexSafety
{
    /// <summary>
    /// The first repetition whose iterations can split a text in more than one way, as written in the pattern, and
    /// why; null when there is none. A backtracking engine tries every split before it gives up, so such a pattern
    /// takes exponential time (<c>(a|aa)+</c>, <c>(a|a)*b</c>: alternatives that can match the same text) or a power
    /// of the text's length as high as the count (<c>(.*a){20}</c>: a part that can also match what follows it).
    /// Unbounded repetitions of unbounded parts are <see cref="FindNestedUnboundedQuantifier"/>'s.
    /// </summary>
    internal static (string Fragment, RuleMessage Refusal)? FindAmbiguousRepetition(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var pending = new Stack<RegexNode>();
        pending.Push(RegexShapeParser.Parse(pattern));
        var repeats = new List<RegexNode>();
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.Iterates)
            {
                repeats.Add(node);
            }

            foreach (var child in node.Children)
            {
                pending.Push(child);
            }
        }

        foreach (var repeat in repeats.OrderBy(r => r.Start))
        {
            var body = repeat.Children[0];
            var fragment = pattern[repeat.Start..repeat.End];
            // The text after one iteration is the next iteration's; what follows the repetition is left out.
            switch (Ambiguity(body, body.First))
            {
                case { Kind: RegexNodeKind.Alternation }:
                    return (fragment, RuleMessages.AmbiguousAlternatives(fragment));
                case { } part:
                    return (fragment, RuleMessages.AmbiguousRepeat(fragment, pattern[part.Start..part.End]));
            }
        }

        return null;
    }

    /// <summary>
    /// In a node followed by text starting with <paramref name="follow"/>: an alternation whose branches can match
    /// the same text, or an unbounded repeat whose characters can also start what follows it; null when neither.
    /// </summary>
    private static RegexNode? Ambiguity(RegexNode node, RegexCharSet follow)
    {
        switch (node.Kind)
        {
            case RegexNodeKind.Sequence:
                var after = follow;
                for (var i = node.Children.Count - 1; i >= 0; i--)
                {
                    if (Ambiguity(node.Children[i], after) is { } found)
                    {
                        return found;
                    }

                    after = node.Children[i].Nullable ? node.Children[i].First.Union(after) : node.Children[i].First;
                }

                return null;
            case RegexNodeKind.Alternation:
                for (var i = 0; i < node.Children.Count; i++)
                {
                    for (var j = i + 1; j < node.Children.Count; j++)
                    {
                        if (CanMatchTheSameText(node.Children[i], node.Children[j], follow))
                        {
                            return node;
                        }
                    }
                }

                return node.Children.Select(c => Ambiguity(c, follow)).FirstOrDefault(found => found is not null);
            case RegexNodeKind.Repeat when node.Max is null && node.Children[0].Chars.Overlaps(follow):
                return node;
            case RegexNodeKind.Repeat:
                var body = node.Children[0];
                return Ambiguity(body, node.Iterates ? body.First.Union(follow) : follow);
            default:
                return null;
        }
    }

    /// <summary>
    /// True when two alternatives, each followed by text starting with <paramref name="follow"/>, can match the same
    /// text: literal runs that agree position by position until one ends where the rest of the other can go on, or,
    /// for anything else, alternatives that can start with the same character.
    /// </summary>
    private static bool CanMatchTheSameText(RegexNode a, RegexNode b, RegexCharSet follow)
    {
        if (a.FixedAtoms() is { } left && b.FixedAtoms() is { } right)
        {
            var common = Math.Min(left.Count, right.Count);
            for (var k = 0; k < common; k++)
            {
                if (!left[k].Overlaps(right[k]))
                {
                    return false;
                }
            }

            var longer = left.Count > right.Count ? left : right;
            return longer.Count == common || longer[common].Overlaps(follow);
        }

        var startA = a.Nullable ? a.First.Union(follow) : a.First;
        var startB = b.Nullable ? b.First.Union(follow) : b.First;
        return startA.Overlaps(startB);
    }
}
