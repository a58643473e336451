using FineTuneGraph.Graph;
using FineTuneGraph.Neo4j;
using FineTuneGraph.Pipeline;
using FineTuneGraph.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace FineTuneGraph.Inbox;

/// <summary>
/// The hosted worker of <c>ftg watch DIR</c>: builds what is already in the inbox, then every new or changed file once
/// it has settled, files that arrive together in one build. It follows the rule pack (an edit is checked first; a
/// broken one is refused and the last good one kept), quarantines files it cannot read, waits with backoff while
/// Neo4j is away, and records finished files in the graph so a restart neither redoes nor skips any.
/// </summary>
public sealed partial class InboxWorker : BackgroundService
{
    private readonly WatchOptions _options;
    private readonly GraphBuildService _service;
    private readonly InboxLedger _ledger;
    private readonly GraphSchema _schema;
    private readonly TimeProvider _time;
    private readonly ILogger<InboxWorker> _logger;
    private readonly ISystemdNotifier? _systemd;
    private readonly Uri _neo4j;
    private readonly string _inbox;
    private readonly SettleTracker _tracker;
    private readonly FileContentHashes _hashes = new();
    private readonly SemaphoreSlim _wake = new(0);
    private readonly ResiliencePipeline<TimeSpan?> _untilNeo4jAnswers;
    private readonly DateTimeOffset _startedAt;
    private long? _waitingSince;
    private long _cycles;

    public InboxWorker(
        IOptions<WatchOptions> options,
        GraphBuildService service,
        InboxLedger ledger,
        GraphSchema schema,
        IOptions<Neo4jOptions> neo4j,
        TimeProvider time,
        ILogger<InboxWorker> logger,
        IEnumerable<ISystemdNotifier> systemd)
    {
        _options = options.Value;
        _service = service;
        _ledger = ledger;
        _schema = schema;
        _time = time;
        _logger = logger;
        _systemd = systemd.FirstOrDefault(n => n.IsEnabled);
        _neo4j = neo4j.Value.GetBaseUri();
        _inbox = Path.GetFullPath(_options.Directory);
        _tracker = new SettleTracker(time, _options.SettleTime, _options.IncompleteFileWait);
        _startedAt = time.GetUtcNow();
        _untilNeo4jAnswers = new ResiliencePipelineBuilder<TimeSpan?> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<TimeSpan?>
            {
                MaxRetryAttempts = int.MaxValue,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(1).Ticks, _options.RetryMaxDelay.Ticks)),
                MaxDelay = _options.RetryMaxDelay,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } error && IsUnavailable(error)),
                OnRetry = args =>
                {
                    _waitingSince ??= _time.GetTimestamp();
                    var reason = args.Outcome.Exception!.Message;
                    SetState(WorkerStates.WaitingForNeo4j, reason);
                    InboxLog.WaitingForNeo4j(_logger, _neo4j, ControlCharacters.Escape(reason), args.RetryDelay.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>True when the worker stopped because of an error of its own rather than being asked to.</summary>
    public bool Faulted { get; private set; }

    /// <summary>Cycles run so far (each a look at the inbox, whatever it found).</summary>
    public long Cycles => Interlocked.Read(ref _cycles);

    /// <summary>The inbox folder, as a full path.</summary>
    public string Inbox => _inbox;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        Directory.CreateDirectory(_inbox);
        InboxLog.Watching(_logger, ControlCharacters.Escape(_inbox), ControlCharacters.Escape(Path.GetFullPath(_service.Rules.Directory)), _neo4j, ControlCharacters.Escape(Path.Combine(_inbox, Quarantine.FolderName)));
        SetState(WorkerStates.Starting, null);
        using var watchers = WatchFolders();
        using var statusStop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var status = ReportStatusAsync(statusStop.Token);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                TimeSpan? next;
                try
                {
                    next = await _untilNeo4jAnswers.ExecuteAsync(async token => await CycleAsync(token).ConfigureAwait(false), stoppingToken).ConfigureAwait(false);
                    if (_waitingSince is { } since)
                    {
                        InboxLog.Neo4jBack(_logger, _neo4j, _time.GetElapsedTime(since).TotalSeconds);
                        _waitingSince = null;
                    }
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
#pragma warning disable CA1031 // The worker outlives any one failure: it is logged and the cycle tried again later.
                catch (Exception error)
#pragma warning restore CA1031
                {
                    InboxLog.CycleFailed(_logger, error, _options.RescanInterval.TotalSeconds);
                    next = _options.RescanInterval;
                }

                Interlocked.Increment(ref _cycles);
                await WaitAsync(next ?? _options.RescanInterval, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
        {
            Faulted = true;
            throw;
        }
        finally
        {
            InboxLog.Stopping(_logger, _cancelledBuild ? ": the build in progress was cancelled and its open batch rolled back" : string.Empty);
            await statusStop.CancelAsync().ConfigureAwait(false);
            await status.ConfigureAwait(false);
            SetState(WorkerStates.Stopped, null);
        }
    }

    /// <summary>Neo4j is away or refuses us for now: worth waiting for, not worth giving up on.</summary>
    private static bool IsUnavailable(Exception error) => error switch
    {
        Neo4jAuthenticationException => true,
        Neo4jException neo4j => neo4j.IsTransient,
        HttpRequestException => true,
        _ => false,
    };

    /// <summary>Waits until <paramref name="delay"/> has passed, a watched folder changed, or the worker stops.</summary>
    private async Task WaitAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        if (delay <= TimeSpan.Zero || stoppingToken.IsCancellationRequested)
        {
            return;
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var woken = _wake.WaitAsync(done.Token);
        var elapsed = Task.Delay(delay, _time, done.Token);
        var first = await Task.WhenAny(woken, elapsed).ConfigureAwait(false);
        await done.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(woken, elapsed).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default).ConfigureAwait(false);
        if (first == woken && !stoppingToken.IsCancellationRequested)
        {
            // Events come in bursts while a file is written: let the burst pass, then scan once.
            try
            {
                await Task.Delay(TimeSpan.FromTicks(Math.Min(TimeSpan.FromMilliseconds(200).Ticks, _options.SettleTime.Ticks / 4)), _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            while (_wake.Wait(0))
            {
            }
        }
    }

    private void Wake()
    {
        if (_wake.CurrentCount == 0)
        {
            _wake.Release();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
