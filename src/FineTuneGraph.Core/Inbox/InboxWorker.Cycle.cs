using FineTuneGraph.Corpus;
using FineTuneGraph.Graph;
using FineTuneGraph.Pipeline;
using FineTuneGraph.Rules;
using FineTuneGraph.Text;

namespace FineTuneGraph.Inbox;

public sealed partial class InboxWorker
{
    private bool _isolate;
    private bool _cancelledBuild;
    private string? _rulesProblemsShown;

    /// <summary>
    /// One look at the inbox: follow the rule pack, find the settled files that are not finished with the current
    /// content and rules, and build them (up to <see cref="WatchOptions.MaxFilesPerBuild"/> together).
    /// </summary>
    /// <returns>When to look again at the latest (a file still settling), or null for the rescan interval.</returns>
    private async Task<TimeSpan?> CycleAsync(CancellationToken cancellationToken)
    {
        if (!FollowRules())
        {
            return _options.RescanInterval;
        }

        await _schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var scan = InboxScanner.Scan(_inbox);
        _hashes.Retain(scan);
        var (settled, next) = _tracker.Observe(scan, file => FileCompleteness.LooksComplete(file.Path));
        var rulesHash = _service.Rules.Current.Pack.Hash;
        var pending = await PendingAsync(settled, rulesHash, cancellationToken).ConfigureAwait(false);
        if (pending.Count == 0)
        {
            _isolate = false;
            _queue = scan.Count - settled.Count;
            SetState(WorkerStates.Idle, _queue > 0 ? $"{_queue} files settling" : null);
            return next;
        }

        var group = pending.Take(_isolate ? 1 : _options.MaxFilesPerBuild).ToArray();
        _queue = pending.Count - group.Length + scan.Count - settled.Count;
        await BuildAsync(group, rulesHash, cancellationToken).ConfigureAwait(false);
        return pending.Count > group.Length ? TimeSpan.Zero : next;
    }

    /// <summary>Loads the pack on the first cycle, applies edits after; false while no valid pack was ever loaded.</summary>
    private bool FollowRules()
    {
        try
        {
            var refresh = _service.Rules.Refresh();
            _rulesProblemsShown = null;
            if (refresh.Kind == RulePackRefreshKind.Applied)
            {
                _service.WarmUp();
                if (refresh is { PreviousHash: { } previous, CurrentHash: { } current })
                {
                    InboxLog.RulesChanged(_logger, previous, current);
                }
            }

            return true;
        }
        catch (RulePackException problems)
        {
            var text = string.Join(Environment.NewLine, problems.Diagnostics.Select(d => $"  {ControlCharacters.Escape(d.ToString())}"));
            if (text != _rulesProblemsShown)
            {
                InboxLog.WaitingForRules(_logger, _service.Rules.Directory, text);
                _rulesProblemsShown = text;
            }

            SetState(WorkerStates.WaitingForRules, problems.Message);
            return false;
        }
    }

    /// <summary>The settled files whose content or rules differ from what the ledger says was finished.</summary>
    private async Task<IReadOnlyList<(InboxFile File, string Hash)>> PendingAsync(IReadOnlyList<InboxFile> settled, string rulesHash, CancellationToken cancellationToken)
    {
        var finished = settled.Count == 0
            ? new Dictionary<string, LedgerEntry>()
            : await _ledger.FinishedAsync(settled.Select(f => f.Path).ToArray(), cancellationToken).ConfigureAwait(false);
        var pending = new List<(InboxFile, string)>();
        foreach (var file in settled)
        {
            finished.TryGetValue(file.Path, out var entry);
            if (entry is not null && entry.RulesHash == rulesHash && entry.Length == file.Length && entry.LastWriteUtc == file.LastWriteStamp)
            {
                continue;
            }

            // Hashed only when length or time differ from the ledger's: a touched file with the same content is finished.
            if (await _hashes.HashAsync(file, cancellationToken).ConfigureAwait(false) is not { } hash
                || (entry is not null && entry.RulesHash == rulesHash && entry.ContentHash == hash))
            {
                continue;
            }

            pending.Add((file, hash));
        }

        return pending;
    }

    private async Task BuildAsync(IReadOnlyList<(InboxFile File, string Hash)> group, string rulesHash, CancellationToken cancellationToken)
    {
        InboxLog.Building(_logger, group.Count, _queue, ControlCharacters.Escape(string.Join(", ", group.Take(5).Select(g => Path.GetRelativePath(_inbox, g.File.Path)))) + (group.Count > 5 ? ", …" : string.Empty));
        SetState(WorkerStates.Busy, $"building {group.Count} files");
        _building = group.Count;
        _progress = null;
        var request = new BuildRequest(group.Select(g => g.File.Path).ToArray()) { Trigger = BuildRequest.WatchTrigger, LogProgress = false };
        BuildSummary summary;
        try
        {
            summary = await _service.BuildAsync(request, new LatestProgress(p => _progress = p), cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            _cancelledBuild = true;
            throw;
        }
        catch (Exception error) when (error is not OperationCanceledException && !IsUnavailable(error))
        {
            if (group.Count > 1)
            {
                InboxLog.IsolatingFiles(_logger, group.Count, ControlCharacters.Escape(error.Message));
                _isolate = true;
                return;
            }

            QuarantineFile(group[0].File.Path, [$"building the graph from this file failed: {error.Message}"]);
            return;
        }
        finally
        {
            _building = 0;
        }

        var finished = new List<FinishedFile>(group.Count);
        var quarantined = 0;
        foreach (var (file, hash) in group)
        {
            var problems = request.Report.Problems.Where(p => p.IsFailure && p.Location.File == file.Path).ToArray();
            var papers = request.Report.PapersByFile.GetValueOrDefault(file.Path);
            if (problems.Any(p => p.IsFileLevel) || (papers == 0 && problems.Length > 0))
            {
                quarantined += QuarantineFile(file.Path, problems.Select(p => p.ToString()).ToArray()) ? 1 : 0;
                continue;
            }

            finished.Add(new FinishedFile(file, hash, rulesHash, papers, problems.Length));
        }

        await _ledger.RecordAsync(finished, summary.IngestId, _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        Interlocked.Add(ref _filesFinished, finished.Count);
        Interlocked.Add(ref _papersLoaded, summary.Progress.PapersLoaded);
        var progress = summary.Progress;
        _lastBuild = new LastBuild(summary.IngestId, summary.Failures.Count == 0 ? "completed" : "completed with failures", group.Count,
            progress.PapersRead, progress.PapersLoaded, progress.PapersSkipped, progress.PapersFailed, _time.GetUtcNow());
        InboxLog.Built(_logger, finished.Count, summary.IngestId, _lastBuild.Status, progress.PapersRead, progress.PapersLoaded, progress.PapersSkipped, progress.PapersFailed, quarantined);
    }

    /// <summary>Moves an unreadable file to the quarantine folder; false when it is gone already or cannot be moved.</summary>
    private bool QuarantineFile(string file, IReadOnlyList<string> reasons)
    {
        if (!File.Exists(file))
        {
            return false;
        }

        try
        {
            var target = Quarantine.Move(_inbox, file, reasons, _time.GetUtcNow());
            Interlocked.Increment(ref _filesQuarantined);
            InboxLog.Quarantined(_logger, ControlCharacters.Escape(file), ControlCharacters.Escape(target), ControlCharacters.Escape(string.Join("; ", reasons)));
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            InboxLog.QuarantineFailed(_logger, ControlCharacters.Escape(file), ControlCharacters.Escape(string.Join("; ", reasons)), ControlCharacters.Escape(error.Message));
            return false;
        }
    }

    /// <summary>Keeps the latest progress report, on the reporting thread (no synchronisation context needed).</summary>
    private sealed class LatestProgress(Action<BuildProgress> report) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => report(value);
    }
}
