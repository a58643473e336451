namespace FineTuneGraph.Rules;

/// <summary>Where a rule (or a value in it) is written: file, 1-based line and column.</summary>
public readonly record struct RuleSource(string File, int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}
