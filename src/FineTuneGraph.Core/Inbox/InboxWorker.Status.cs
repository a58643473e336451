using FineTuneGraph.Graph;
using Microsoft.Extensions.Hosting.Systemd;

namespace FineTuneGraph.Inbox;

public sealed partial class InboxWorker
{
    private readonly Lock _statusGate = new();
    private readonly Lock _healthGate = new();
    private string _state = WorkerStates.Starting;
    private string? _message;
    private int _queue;
    private int _building;
    private BuildProgress? _progress;
    private LastBuild? _lastBuild;
    private long _filesFinished;
    private long _filesQuarantined;
    private long _papersLoaded;
    private long _buildStarted;

    /// <summary>What the worker does now, as its health file says.</summary>
    public WorkerStatus Status
    {
        get
        {
            lock (_statusGate)
            {
                return new WorkerStatus(_state, _time.GetUtcNow(), Environment.ProcessId, _inbox, Path.GetFullPath(_service.Rules.Directory), CurrentRulesHash(), _queue, _message,
                    _startedAt, Interlocked.Read(ref _filesFinished), Interlocked.Read(ref _filesQuarantined), Interlocked.Read(ref _papersLoaded), _lastBuild);
            }
        }
    }

    private void SetState(string state, string? message)
    {
        lock (_statusGate)
        {
            if (state == WorkerStates.Busy && _state != WorkerStates.Busy)
            {
                _buildStarted = _time.GetTimestamp();
            }

            _state = state;
            _message = message;
        }

        WriteHealth();
        _systemd?.Notify(new ServiceState($"STATUS={state}{(message is null ? string.Empty : ": " + message)}"));
    }

    /// <summary>Marks the worker alive every status interval, and logs progress while it builds.</summary>
    private async Task ReportStatusAsync(CancellationToken cancellationToken)
    {
        var watchdog = Environment.GetEnvironmentVariable("WATCHDOG_USEC") is { Length: > 0 };
        using var timer = new PeriodicTimer(_options.StatusInterval, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                if (_state == WorkerStates.Busy && _progress is { } p)
                {
                    var seconds = Math.Max(_time.GetElapsedTime(_buildStarted).TotalSeconds, 0.001);
                    InboxLog.Status(_logger, _building, p.PapersRead, p.PapersLoaded, p.PapersSkipped, p.PapersRead / seconds, _queue,
                        Interlocked.Read(ref _filesFinished), Interlocked.Read(ref _papersLoaded));
                }

                WriteHealth();
                if (watchdog)
                {
                    _systemd?.Notify(new ServiceState("WATCHDOG=1"));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void WriteHealth()
    {
        var directory = _options.ResolvedStateDirectory;
        try
        {
            lock (_healthGate)
            {
                WorkerHealthFile.Write(directory, Status);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            InboxLog.HealthFileFailed(_logger, directory, error.Message);
        }
    }

    private string? CurrentRulesHash()
    {
        try
        {
            return _service.Rules.Current.Pack.Hash;
        }
        catch (Rules.RulePackException)
        {
            return null;
        }
    }
}
