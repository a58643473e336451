namespace FineTuneGraph.Corpus;

/// <summary>One paper as read from a corpus: its identity, text and the metadata its source had.</summary>
public sealed record Paper
{
    /// <summary>Stable identity: the arXiv id without version when known, else the DOI, else the <see cref="TitleKey"/>.</summary>
    public required string Id { get; init; }

    /// <summary>The title, white space collapsed.</summary>
    public required string Title { get; init; }

    /// <summary>The abstract, white space collapsed; sentence offsets refer to this string.</summary>
    public required string Abstract { get; init; }

    /// <summary>The title slug of the gold files (lower case ASCII, every run of other characters replaced by '-').</summary>
    public string Slug => PaperIdentity.Slug(Title);

    /// <summary>The key that matches records of this paper by title, in any script (see <see cref="PaperIdentity.TitleKey"/>).</summary>
    public string TitleKey => PaperIdentity.TitleKey(Title, Abstract);

    /// <summary>Where it was read.</summary>
    public required SourceLocation Source { get; init; }

    /// <summary>A link to the paper, when known.</summary>
    public string? Url { get; init; }

    /// <summary>The arXiv id without version, e.g. <c>2403.01234</c>.</summary>
    public string? ArxivId { get; init; }

    /// <summary>The DOI, lower case, without resolver prefix, e.g. <c>10.48550/arxiv.2403.01234</c>.</summary>
    public string? Doi { get; init; }

    /// <summary>Author names in order.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Subject categories (arXiv categories such as <c>cs.CL</c>).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Publication or first-version date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>
    /// 0 for the first record of a paper. A later, richer record of the same paper (from another file) is handed
    /// on again with the same <see cref="Id"/> and a higher revision: consumers keyed by id treat it as an update.
    /// </summary>
    public int Revision { get; init; }

    /// <summary>Hash of title and abstract: a changed text means the paper must be extracted again.</summary>
    public string ContentHash => PaperIdentity.ContentHash(Title, Abstract);
}
