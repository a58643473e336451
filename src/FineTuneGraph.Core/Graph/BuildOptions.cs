namespace FineTuneGraph.Graph;

/// <summary>How a build loads papers.</summary>
/// <param name="BatchSize">Papers per transaction.</param>
/// <param name="Force">Reprocess papers whose text and rules are unchanged.</param>
public sealed record BuildOptions(int BatchSize = BuildOptions.DefaultBatchSize, bool Force = false)
{
    /// <summary>Papers per transaction when not configured; docs/performance.md has the measurement behind it.</summary>
    public const int DefaultBatchSize = 250;
}
