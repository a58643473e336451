namespace FineTuneGraph.Pipeline;

/// <summary>A build of the graph from inputs.</summary>
/// <param name="Inputs">Files or folders, searched recursively; <c>-</c> is standard input.</param>
public sealed record BuildRequest(IReadOnlyList<string> Inputs) : CorpusRequest(Inputs)
{
    /// <summary>Who asked for the build; recorded on its Ingest node.</summary>
    public const string BuildTrigger = "build";

    /// <summary>The trigger of builds the inbox worker runs.</summary>
    public const string WatchTrigger = "watch";

    /// <summary>Extract and load papers whose text and rules did not change since they were loaded.</summary>
    public bool Force { get; init; }

    /// <summary>Who asked for the build (<see cref="BuildTrigger"/>, <see cref="WatchTrigger"/>); recorded on its Ingest node.</summary>
    public string Trigger { get; init; } = BuildTrigger;

    /// <summary>Log progress every <see cref="BuildOptions.ProgressInterval"/> (off where the caller logs its own).</summary>
    public bool LogProgress { get; init; } = true;
}
