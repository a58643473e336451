namespace FineTuneGraph.Graph;

/// <summary>What a build did: its Ingest id, paper counts, server counters, the graph diff and the failures.</summary>
public sealed record BuildSummary(
    string IngestId,
    BuildProgress Progress,
    LoadCounters Counters,
    long OrphansRemoved,
    IReadOnlyList<GraphDiffLine> Diff,
    IReadOnlyList<PaperFailure> Failures,
    TimeSpan Elapsed);

/// <summary>A paper that could not be loaded, where it came from, and why.</summary>
public sealed record PaperFailure(string PaperId, string Source, string Reason);
