namespace FineTuneGraph.Corpus;

/// <summary>A problem met while reading: where, what kind, and a message for people.</summary>
public sealed record CorpusProblem(SourceLocation Location, CorpusProblemKind Kind, string Message)
{
    /// <summary>True for problems that lose a whole file rather than one record.</summary>
    public bool IsFileLevel => Kind is CorpusProblemKind.NotFound or CorpusProblemKind.EmptyFile or CorpusProblemKind.NoSupportedFiles
        or CorpusProblemKind.NotText or CorpusProblemKind.Html or CorpusProblemKind.CorruptGzip or CorpusProblemKind.ReadError;

    /// <summary>Duplicates are merged and oversized records cut, not lost: they are notes, not failures.</summary>
    public bool IsFailure => Kind is not (CorpusProblemKind.Duplicate or CorpusProblemKind.Truncated);

    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}
