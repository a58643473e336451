using System.ComponentModel.DataAnnotations;

namespace FineTuneGraph.Pipeline;

/// <summary>How builds read, extract and load. Bound from the <c>Build</c> section and checked when the host starts.</summary>
public sealed class BuildOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Build";

    /// <summary>
    /// Papers per transaction when not configured: 1,000 was the fastest of 100–1,000 on a 20,000-paper corpus
    /// (load-compare side by side, 2026-11-26: 23.7 s against 28.6 s for 500 and 29.0 s for 250), see
    /// docs/performance.md.
    /// </summary>
    public const int DefaultBatchSize = 1000;

    /// <summary>Papers per transaction: a batch is loaded all or nothing.</summary>
    /// <value>The default value is 1000.</value>
    [Range(1, 100_000, ErrorMessage = "Build:BatchSize (--batch-size) must be between 1 and 100000 papers per transaction.")]
    public int BatchSize { get; set; } = DefaultBatchSize;

    /// <summary>
    /// The most rows (papers, authors, entities, edges, findings, relations) one transaction writes: a batch of papers
    /// with unusually many rows is written in several transactions, so no batch can exhaust the server's memory.
    /// </summary>
    /// <value>The default value is 100000.</value>
    [Range(1000, 10_000_000, ErrorMessage = "Build:MaxRowsPerTransaction must be between 1000 and 10000000.")]
    public int MaxRowsPerTransaction { get; set; } = 100_000;

    /// <summary>Threads that extract papers; 0 uses every core.</summary>
    /// <value>The default value is 0.</value>
    [Range(0, 1024, ErrorMessage = "Build:ExtractionThreads must be between 0 (every core) and 1024.")]
    public int ExtractionThreads { get; set; }

    /// <summary>How often a running build logs its progress.</summary>
    /// <value>The default value is 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Build:ProgressInterval must be between 00:00:01 and 01:00:00.")]
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a batch keeps being tried again after transient failures (a deadlock or lock timeout with another
    /// build, the server away for a moment). A batch is all or nothing and loading it twice changes nothing, so
    /// trying again is safe; past this time the build fails.
    /// </summary>
    /// <value>The default value is 2 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Build:BatchRetryTimeout must be between 00:00:00 and 01:00:00.")]
    public TimeSpan BatchRetryTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How long a build may go without a sign of life (it marks its Ingest record after every batch) before another
    /// build takes it for dead and marks it interrupted. Longer than any one batch can take.
    /// </summary>
    /// <value>The default value is 10 minutes.</value>
    [Range(typeof(TimeSpan), "00:00:05", "1.00:00:00", ErrorMessage = "Build:StaleRunAfter must be between 00:00:05 and 1.00:00:00.")]
    public TimeSpan StaleRunAfter { get; set; } = TimeSpan.FromMinutes(10);
}
