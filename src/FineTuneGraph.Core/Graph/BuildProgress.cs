namespace FineTuneGraph.Graph;

/// <summary>Where a build is: papers seen, loaded, skipped as unchanged, failed, and batches committed.</summary>
public sealed record BuildProgress(long PapersRead, long PapersLoaded, long PapersSkipped, long PapersFailed, long Batches);
