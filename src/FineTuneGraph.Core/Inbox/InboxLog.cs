using Microsoft.Extensions.Logging;

namespace FineTuneGraph.Inbox;

internal static partial class InboxLog
{
    [LoggerMessage(301, LogLevel.Information, "Watching {Inbox} for abstracts (rules {Rules}, Neo4j {Neo4j}); failed files go to {Quarantine}")]
    public static partial void Watching(ILogger logger, string inbox, string rules, Uri neo4j, string quarantine);

    [LoggerMessage(302, LogLevel.Information, "Building {Files} files together ({Waiting} more waiting): {Names}")]
    public static partial void Building(ILogger logger, int files, int waiting, string names);

    [LoggerMessage(303, LogLevel.Information, "Finished {Files} files in build {IngestId} ({Status}): {Read} papers read, {Loaded} loaded, {Skipped} unchanged, {Failed} failed; {Quarantined} files quarantined")]
    public static partial void Built(ILogger logger, int files, string ingestId, string status, long read, long loaded, long skipped, long failed, int quarantined);

    [LoggerMessage(304, LogLevel.Warning, "Could not read {File}; moved it to {Target}: {Reasons}")]
    public static partial void Quarantined(ILogger logger, string file, string target, string reasons);

    [LoggerMessage(305, LogLevel.Error, "Could not read {File} ({Reasons}), and could not move it to the quarantine folder: {Error}")]
    public static partial void QuarantineFailed(ILogger logger, string file, string reasons, string error);

    [LoggerMessage(306, LogLevel.Warning, "Neo4j at {Neo4j} is unavailable ({Reason}); waiting {Delay:0.#} s before trying again")]
    public static partial void WaitingForNeo4j(ILogger logger, Uri neo4j, string reason, double delay);

    [LoggerMessage(307, LogLevel.Information, "Neo4j at {Neo4j} answers again after {Waited:0.#} s; resuming")]
    public static partial void Neo4jBack(ILogger logger, Uri neo4j, double waited);

    [LoggerMessage(308, LogLevel.Information, "The rule pack changed ({PreviousHash} -> {Hash}): every file will be read again with it, and the graph follows")]
    public static partial void RulesChanged(ILogger logger, string previousHash, string hash);

    [LoggerMessage(309, LogLevel.Information, "Working: {Files} files in this build, {Read} papers read, {Loaded} loaded, {Skipped} unchanged ({Rate:0} papers/s); {Waiting} files waiting; since start: {FilesFinished} files finished, {PapersLoaded} papers loaded")]
    public static partial void Status(ILogger logger, int files, long read, long loaded, long skipped, double rate, int waiting, long filesFinished, long papersLoaded);

    [LoggerMessage(310, LogLevel.Error, "The worker's cycle failed; trying again in {Delay:0.#} s")]
    public static partial void CycleFailed(ILogger logger, Exception exception, double delay);

    [LoggerMessage(311, LogLevel.Error, "The rule pack in {Rules} has problems and no earlier pack was loaded, so nothing is read until it is fixed:\n{Problems}")]
    public static partial void WaitingForRules(ILogger logger, string rules, string problems);

    [LoggerMessage(312, LogLevel.Information, "Stopped{Detail}")]
    public static partial void Stopping(ILogger logger, string detail);

    [LoggerMessage(313, LogLevel.Warning, "Cannot write the health file in {Directory}: {Error}")]
    public static partial void HealthFileFailed(ILogger logger, string directory, string error);

    [LoggerMessage(314, LogLevel.Warning, "Build of {Files} files failed ({Error}); building them one at a time to find the file that causes it")]
    public static partial void IsolatingFiles(ILogger logger, int files, string error);

    [LoggerMessage(315, LogLevel.Warning, "File watching is unavailable ({Error}); relying on the rescan every {Interval}")]
    public static partial void WatcherUnavailable(ILogger logger, string error, TimeSpan interval);
}
