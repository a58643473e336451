namespace FineTuneGraph.Evaluation;

/// <summary>The causes in report order, and the names the report and the JSON give them.</summary>
public static class ErrorCauses
{
    /// <summary>Missed, spurious, wrong type, wrong boundary, wrong pair, wrong field.</summary>
    public static IReadOnlyList<ErrorCause> All { get; } = Enum.GetValues<ErrorCause>();

    /// <summary>The report's name: <c>missed</c>, <c>wrong boundary</c>…</summary>
    public static string Name(this ErrorCause cause) => cause switch
    {
        ErrorCause.Missed => "missed",
        ErrorCause.Spurious => "spurious",
        ErrorCause.WrongType => "wrong type",
        ErrorCause.WrongBoundary => "wrong boundary",
        ErrorCause.WrongPair => "wrong pair",
        ErrorCause.WrongField => "wrong field",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };

    /// <summary>The JSON name: the report's name with <c>_</c> for the space (<c>wrong_boundary</c>).</summary>
    public static string JsonName(this ErrorCause cause) => cause.Name().Replace(' ', '_');
}
