using FineTuneGraph.Neo4j;
using FineTuneGraph.Pipeline;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace FineTuneGraph.Graph;

/// <summary>
/// Tries a batch's transaction again after a transient failure the server reports (<c>Neo.TransientError.*</c>): a
/// deadlock or lock timeout with a concurrent build, a server busy for a moment. A server that is away is not waited
/// for here beyond <see cref="ConnectionRetries"/> quick tries after a lost connection: the command fails in seconds (a
/// rerun completes it) and the worker waits with its own backoff. The whole transaction runs again (Neo4j rolled the failed one back),
/// with growing waits and jitter, until <see cref="BuildOptions.BatchRetryTimeout"/> has passed since the first try.
/// </summary>
internal static class BatchRetry
{
    /// <summary>Tries again of a batch whose connection was lost (the server answering again at once after a network blip).</summary>
    private const int ConnectionRetries = 2;

    private static readonly ResiliencePropertyKey<long> FirstTry = new("FineTuneGraph.Batch.FirstTry");

    public static ResiliencePipeline Create(BuildOptions options, TimeProvider time, ILogger logger) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromMilliseconds(200),
                MaxDelay = TimeSpan.FromSeconds(5),
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is Neo4jException { IsTransient: true } error
                    && !args.Context.CancellationToken.IsCancellationRequested
                    && (error.Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
                        ? time.GetElapsedTime(args.Context.Properties.GetValue(FirstTry, time.GetTimestamp())) < options.BatchRetryTimeout
                        : args.AttemptNumber < ConnectionRetries)),
                OnRetry = args =>
                {
                    PipelineLog.BatchRetried(logger, Describe((Neo4jException)args.Outcome.Exception!), args.AttemptNumber + 1, args.RetryDelay.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();

    /// <summary>A short reason: Neo4j's lock messages dump the whole wait graph.</summary>
    internal static string Describe(Neo4jException error) => error.Code switch
    {
        var code when code.EndsWith(".DeadlockDetected", StringComparison.Ordinal) => $"a deadlock with a concurrent transaction, {code}",
        var code when code.Contains("Lock", StringComparison.Ordinal) => $"a lock held by a concurrent transaction, {code}",
        var code => $"{(error.Message.Length > 160 ? error.Message[..160] + "…" : error.Message)}, {code}",
    };

    /// <summary>Runs <paramref name="write"/> through <paramref name="pipeline"/>, timing the retries from now.</summary>
    public static async Task<T> RunAsync<T>(ResiliencePipeline pipeline, TimeProvider time, Func<CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(FirstTry, time.GetTimestamp());
        try
        {
            return await pipeline.ExecuteAsync(static async (ctx, state) => await state(ctx.CancellationToken).ConfigureAwait(false), context, write).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }
}
