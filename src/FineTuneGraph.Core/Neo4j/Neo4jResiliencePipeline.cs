using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace FineTuneGraph.Neo4j;

/// <summary>
/// Retry (exponential backoff with jitter) around a circuit breaker around a per-request timeout.
/// Only requests marked retryable are retried: an auto-commit request is all-or-nothing on the server,
/// so sending it again is safe; a statement inside an open explicit transaction is not.
/// </summary>
internal static class Neo4jResiliencePipeline
{
    public static readonly ResiliencePropertyKey<bool> Retryable = new("FineTuneGraph.Neo4j.Retryable");

    /// <summary>The timeout of each attempt of this call (discovery is shorter than statements).</summary>
    public static readonly ResiliencePropertyKey<TimeSpan> AttemptTimeout = new("FineTuneGraph.Neo4j.AttemptTimeout");

    /// <summary>When the call's first attempt started, for <see cref="Neo4jOptions.RetryTimeout"/>.</summary>
    public static readonly ResiliencePropertyKey<long> FirstAttempt = new("FineTuneGraph.Neo4j.FirstAttempt");

    public static ResiliencePipeline Create(Neo4jOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Context.Properties.GetValue(Retryable, false)
                    && IsTransient(args.Outcome)
                    && timeProvider.GetElapsedTime(args.Context.Properties.GetValue(FirstAttempt, timeProvider.GetTimestamp())) < options.RetryTimeout),
                OnRetry = args =>
                {
                    Log.RetryingRequest(logger, args.AttemptNumber + 1, options.MaxRetryAttempts, args.RetryDelay, args.Outcome.Exception?.Message);
                    return ValueTask.CompletedTask;
                },
            });
        }

        return builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.8,
                MinimumThroughput = Math.Max(2, options.MaxRetryAttempts + 1),
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = options.CircuitBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                OnOpened = args =>
                {
                    Log.CircuitOpened(logger, args.BreakDuration);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(new TimeoutStrategyOptions
            {
                TimeoutGenerator = args => ValueTask.FromResult(args.Context.Properties.GetValue(AttemptTimeout, options.RequestTimeout)),
            })
            .Build();
    }

    private static bool IsTransient(Outcome<object> outcome) =>
        outcome.Exception is TimeoutRejectedException or Neo4jException { IsTransient: true };
}
