namespace FineTuneGraph.Inbox;

/// <summary>What the worker is doing, as written to its health file and shown by <c>ftg health</c>.</summary>
/// <param name="State">One of the <see cref="WorkerStates"/>.</param>
/// <param name="UpdatedAt">When the worker last wrote this (it does at least every <see cref="WatchOptions.StatusInterval"/>).</param>
/// <param name="ProcessId">The worker's process id.</param>
/// <param name="Inbox">The folder it watches.</param>
/// <param name="Rules">The rule pack folder.</param>
/// <param name="RulesHash">The hash of the pack in use.</param>
/// <param name="Queue">Files waiting for a build.</param>
/// <param name="Message">Why it waits, or what it does.</param>
/// <param name="StartedAt">When the worker started.</param>
/// <param name="FilesFinished">Files finished since it started.</param>
/// <param name="FilesQuarantined">Files moved to <c>.failed/</c> since it started.</param>
/// <param name="PapersLoaded">Papers loaded since it started.</param>
/// <param name="LastBuild">The last build it ran.</param>
public sealed record WorkerStatus(
    string State,
    DateTimeOffset UpdatedAt,
    int ProcessId,
    string Inbox,
    string Rules,
    string? RulesHash,
    int Queue,
    string? Message,
    DateTimeOffset StartedAt,
    long FilesFinished,
    long FilesQuarantined,
    long PapersLoaded,
    LastBuild? LastBuild);

/// <summary>The last build the worker ran.</summary>
public sealed record LastBuild(string IngestId, string Status, int Files, long PapersRead, long PapersLoaded, long PapersSkipped, long PapersFailed, DateTimeOffset FinishedAt);

/// <summary>The states of the worker.</summary>
public static class WorkerStates
{
    public const string Starting = "starting";
    public const string Idle = "idle";
    public const string Busy = "busy";
    public const string WaitingForNeo4j = "waiting for Neo4j";
    public const string WaitingForRules = "waiting for a valid rule pack";
    public const string Stopped = "stopped";
}
