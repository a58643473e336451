using Microsoft.Extensions.Logging;

namespace FineTuneGraph.Neo4j;

internal static partial class Log
{
    // Information, not Warning: a command shows its one-line error; the retries are there with --verbose.
    [LoggerMessage(1, LogLevel.Information, "Neo4j request failed transiently ({Reason}); retry {Attempt} of {MaxAttempts} in {Delay}")]
    public static partial void RetryingRequest(ILogger logger, int attempt, int maxAttempts, TimeSpan delay, string? reason);

    [LoggerMessage(2, LogLevel.Information, "Neo4j keeps failing; failing fast for {BreakDuration} (circuit open)")]
    public static partial void CircuitOpened(ILogger logger, TimeSpan breakDuration);

    [LoggerMessage(3, LogLevel.Information, "Connected to Neo4j {Version} {Edition} at {Uri} (database {Database})")]
    public static partial void Discovered(ILogger logger, Version version, string edition, Uri uri, string database);

    [LoggerMessage(4, LogLevel.Warning, "Rolling back a Neo4j transaction failed: {Reason}")]
    public static partial void RollbackFailed(ILogger logger, string reason);
}
