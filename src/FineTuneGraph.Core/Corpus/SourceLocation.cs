namespace FineTuneGraph.Corpus;

/// <summary>Where a record came from: a file (or standard input), and a line or record number in it.</summary>
/// <param name="File">The path as given (or <c>stdin</c>); inside archives, the archive path.</param>
/// <param name="Line">1-based line number, for line-oriented inputs.</param>
/// <param name="Record">1-based record number, for JSON arrays and pages.</param>
public readonly record struct SourceLocation(string File, long? Line = null, long? Record = null)
{
    /// <inheritdoc />
    public override string ToString() => (Line, Record) switch
    {
        ({ } line, { } record) => $"{File}:{line} record {record}",
        ({ } line, null) => $"{File}:{line}",
        (null, { } record) => $"{File} record {record}",
        _ => File,
    };
}
