using System.ComponentModel.DataAnnotations;

namespace FineTuneGraph.Corpus;

/// <summary>Limits and choices for reading abstracts.</summary>
public sealed class CorpusOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Corpus";

    /// <summary>The largest line or record accepted; a larger one is refused and skipped without being held in memory.</summary>
    /// <value>The default value is 8 MiB.</value>
    [Range(1024, 1L << 31, ErrorMessage = "Corpus:MaxRecordBytes must be between 1024 and 2147483648.")]
    public long MaxRecordBytes { get; set; } = 8L << 20;

    /// <summary>The largest single JSON document (not JSON Lines, not a top-level array, which are streamed).</summary>
    /// <value>The default value is 256 MiB.</value>
    [Range(1024, 1L << 34, ErrorMessage = "Corpus:MaxJsonDocumentBytes must be between 1024 and 17179869184.")]
    public long MaxJsonDocumentBytes { get; set; } = 256L << 20;

    /// <summary>
    /// Whether records of the same paper are merged into one. The merge index costs about 130 bytes per distinct
    /// paper; turn it off for a single huge source known to be free of duplicates (an arXiv snapshot), and memory
    /// stays flat whatever the input size.
    /// </summary>
    /// <value>The default value is <see langword="true"/>.</value>
    public bool MergeDuplicates { get; set; } = true;

    /// <summary>
    /// How many papers known only by title are held back until the end of the read, so that a later record of
    /// the same paper with an arXiv id or DOI merges with them. Past this many, they go on at once.
    /// </summary>
    /// <value>The default value is 100000.</value>
    [Range(0, 10_000_000, ErrorMessage = "Corpus:TitleOnlyHoldBack must be between 0 and 10000000.")]
    public int TitleOnlyHoldBack { get; set; } = 100_000;

    /// <summary>
    /// The longest abstract kept, in characters, so that extracting one paper takes a bounded time (real abstracts have
    /// fewer than 5,000). A longer one is cut at the last sentence end (else word end) within the limit, and the paper
    /// is kept with a warning (<see cref="CorpusProblemKind.Truncated"/>).
    /// </summary>
    /// <value>The default value is 100000.</value>
    [Range(1_000, 100_000_000, ErrorMessage = "Corpus:MaxAbstractChars must be between 1000 and 100000000.")]
    public int MaxAbstractChars { get; set; } = 100_000;

    /// <summary>The longest title kept, in characters (real titles have fewer than 300); a longer one is cut like an abstract.</summary>
    /// <value>The default value is 2000.</value>
    [Range(100, 1_000_000, ErrorMessage = "Corpus:MaxTitleChars must be between 100 and 1000000.")]
    public int MaxTitleChars { get; set; } = 2_000;
}
