using Microsoft.Extensions.Logging;

namespace FineTuneGraph.Pipeline;

/// <summary>The pipeline's events, for hosts without a console display (the worker) and for <c>--verbose</c>.</summary>
internal static partial class PipelineLog
{
    /// <summary>The category every pipeline event is logged under; the CLI shows these events its own way.</summary>
    public const string Category = "FineTuneGraph.Pipeline";

    [LoggerMessage(201, LogLevel.Information, "Build {IngestId} started ({Trigger}, {Inputs} inputs, rules {RulesHash})")]
    public static partial void BuildStarted(ILogger logger, string ingestId, string trigger, int inputs, string rulesHash);

    [LoggerMessage(202, LogLevel.Information, "Build {IngestId}: {Read} papers read, {Loaded} loaded, {Skipped} unchanged, {Failed} failed ({Rate:0} papers/s)")]
    public static partial void BuildProgress(ILogger logger, string ingestId, long read, long loaded, long skipped, long failed, double rate);

    [LoggerMessage(203, LogLevel.Information, "Build {IngestId} {Status}: {Read} papers read, {Loaded} loaded, {Skipped} unchanged, {Failed} failed in {Seconds:0.0} s; graph diff: {Diff}")]
    public static partial void BuildFinished(ILogger logger, string ingestId, string status, long read, long loaded, long skipped, long failed, double seconds, string diff);

    [LoggerMessage(204, LogLevel.Warning, "{Location}: {Message}")]
    public static partial void CorpusProblem(ILogger logger, string location, string message);

    [LoggerMessage(205, LogLevel.Warning, "Paper {PaperId} ({Source}) was not loaded: {Reason}")]
    public static partial void PaperFailed(ILogger logger, string paperId, string source, string reason);

    [LoggerMessage(207, LogLevel.Information, "A batch failed transiently ({Reason}); trying it again (attempt {Attempt}) in {Delay:0.##} s")]
    public static partial void BatchRetried(ILogger logger, string reason, int attempt, double delay);

    [LoggerMessage(206, LogLevel.Information, "Export to {Directory}: {Papers} papers, {Nodes} nodes, {Relationships} relationships in {Seconds:0.0} s")]
    public static partial void ExportFinished(ILogger logger, string directory, long papers, long nodes, long relationships, double seconds);
}
