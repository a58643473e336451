namespace FineTuneGraph.Rules;

/// <summary>A problem in a rule pack, where it is written, with a stable code (<c>FTG1xx</c>, see <see cref="RuleMessages"/>).</summary>
/// <param name="File">The rule file as the user named the pack folder, joined with the file's path in it (<c>rules/methods.yaml</c>).</param>
/// <param name="Line">1-based line of the offending key or value; 0 for problems of the whole pack.</param>
/// <param name="Column">1-based column; 0 for problems of the whole pack.</param>
/// <param name="Code">Stable code of the kind of problem, e.g. <c>FTG107</c>.</param>
/// <param name="Message">What is wrong, for people.</param>
public sealed record RuleDiagnostic(string File, int Line, int Column, string Code, string Message)
{
    /// <summary>The line it points at, clipped around the spot; null for problems of a whole file or folder.</summary>
    public RuleSourceLine? SourceLine { get; init; }

    /// <summary><c>file:line:column: message</c>, or <c>folder: message</c> for problems of the whole pack.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}: {Message}" : $"{File}: {Message}";
}
