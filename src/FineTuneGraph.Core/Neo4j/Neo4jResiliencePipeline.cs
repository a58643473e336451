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
                ShouldHandle = args => ValueTask.FromResult(args.Context.Properties.GetValue(Retryable, false) && IsTransient(args.Outcome)),
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
            .AddTimeout(options.RequestTimeout)
            .Build();
    }

    private static bool IsTransient(Outcome<object> outcome) =>
        outcome.Exception is TimeoutRejectedException or Neo4jException { IsTransient: true };
}
