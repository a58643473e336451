namespace FineTuneGraph.Graph;

/// <summary>How a build loads papers.</summary>
/// <param name="BatchSize">Papers per transaction.</param>
/// <param name="Force">Reprocess papers whose text and rules are unchanged.</param>
public sealed record BuildOptions(int BatchSize = BuildOptions.DefaultBatchSize, bool Force = false)
{
    /// <summary>
    /// Papers per transaction when not configured: 1,000 was the fastest of 100–1,000 on a 20,000-paper corpus
    /// (load-compare side by side, 2026-11-26: 23.7 s against 28.6 s for 500 and 29.0 s for 250), see
    /// docs/performance.md.
    /// </summary>
    public const int DefaultBatchSize = 1000;
}
