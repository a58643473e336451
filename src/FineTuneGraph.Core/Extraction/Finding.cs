namespace FineTuneGraph.Extraction;

/// <summary>The direction a finding states.</summary>
public enum FindingDirection
{
    /// <summary>No direction word.</summary>
    None,

    /// <summary>Improves, increases, outperforms.</summary>
    Up,

    /// <summary>Reduces, decreases, degrades.</summary>
    Down,
}

/// <summary>A claim sentence: its numbers, direction, certainty, and the entities it is about.</summary>
/// <param name="Id">Stable id: paper id + sentence index.</param>
/// <param name="MetricKey">The metric the sentence names (nearest to its first number), if any.</param>
public sealed record Finding(
    string Id,
    int Sentence,
    string Text,
    IReadOnlyList<NumericValue> Values,
    FindingDirection Direction,
    bool Negated,
    bool Hedged,
    string? MetricKey,
    IReadOnlyList<string> DatasetKeys,
    IReadOnlyList<string> MethodKeys,
    IReadOnlyList<string> ModelKeys,
    string RuleId)
{
    /// <summary>The methods the claim compares against (the baselines: "over X", "than X"), kept apart from <see cref="MethodKeys"/>.</summary>
    public IReadOnlyList<string> ComparatorKeys { get; init; } = [];

    /// <summary>What each of <see cref="Values"/> is about, in the same order (empty when the finding was built without them).</summary>
    public IReadOnlyList<FindingValue> ValueSubjects { get; init; } = [];
}
