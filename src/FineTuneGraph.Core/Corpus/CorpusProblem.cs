namespace FineTuneGraph.Corpus;

/// <summary>A problem met while reading: where, what kind, and a message for people.</summary>
public sealed record CorpusProblem(SourceLocation Location, CorpusProblemKind Kind, string Message)
{
    /// <summary>True for problems that lose a whole file rather than one record.</summary>
    public bool IsFileLevel => Kind is CorpusProblemKind.NotFound or CorpusProblemKind.EmptyFile or CorpusProblemKind.NoSupportedFiles
        or CorpusProblemKind.NotText or CorpusProblemKind.Html or CorpusProblemKind.CorruptGzip or CorpusProblemKind.ReadError
        or CorpusProblemKind.NotAFile;

    /// <summary>
    /// True for problems that lost a record or a file. Duplicates (merged), files of other kinds left in a folder, places
    /// reached twice through links, and records kept with their text repaired or cut lose no paper: they are not failures.
    /// </summary>
    public bool IsFailure => Kind is not (CorpusProblemKind.Duplicate or CorpusProblemKind.UnsupportedFile or CorpusProblemKind.AlreadyRead
        or CorpusProblemKind.TextRepaired or CorpusProblemKind.Truncated);

    /// <summary>True for what deserves a warning rather than a note: failures, and papers kept with their text changed (repaired or cut).</summary>
    public bool IsWarning => IsFailure || Kind is CorpusProblemKind.TextRepaired or CorpusProblemKind.Truncated;

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}
