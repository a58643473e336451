namespace FineTuneGraph.Rules;

/// <summary>What a <see cref="RegexNode"/> is.</summary>
internal enum RegexNodeKind
{
    /// <summary>One character of a set: a literal, a class, an escape such as <c>\w</c>, or <c>.</c>.</summary>
    Atom,

    /// <summary>Matches no character: anchors, <c>\b</c>, look-arounds, inline options, comments.</summary>
    Empty,

    /// <summary>Its children one after the other.</summary>
    Sequence,

    /// <summary>One of its children (<c>a|b</c>).</summary>
    Alternation,

    /// <summary>Its one child repeated from <see cref="RegexNode.Min"/> to <see cref="RegexNode.Max"/> times.</summary>
    Repeat,
}
