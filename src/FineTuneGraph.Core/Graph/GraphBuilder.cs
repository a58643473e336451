using System.Globalization;
using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;
using FineTuneGraph.Neo4j;
using FineTuneGraph.Pipeline;
using Microsoft.Extensions.Logging;

namespace FineTuneGraph.Graph;

/// <summary>
/// Loads papers into Neo4j batch by batch, one transaction per batch, so a build that dies is completed by the next
/// one without duplicates. Unchanged papers (same text, same rules) are skipped; changed ones are extracted and
/// replace what earlier builds loaded for them. One build, one <see cref="GraphBuilder"/>: it is made by
/// <see cref="GraphBuildService"/> with the rule pack in use when the build starts.
/// </summary>
internal sealed class GraphBuilder(ICypherClient client, GraphSchema schema, Extractor extractor, BuildOptions options, TimeProvider time, ILogger logger)
{
    private readonly GraphWriter _writer = new(client);
    private readonly Polly.ResiliencePipeline _batchRetry = BatchRetry.Create(options, time, logger);
    private CorpusReport _report = new();

    /// <summary>How long recording a failed or cancelled build may take.</summary>
    private static readonly TimeSpan CleanupTimeout = TimeSpan.FromSeconds(3);

    /// <summary>How often the Ingest record is marked alive: well within the time after which others take it for dead.</summary>
    private TimeSpan HeartbeatInterval => TimeSpan.FromTicks(Math.Min(options.ProgressInterval.Ticks, options.StaleRunAfter.Ticks / 4));

    public async Task<BuildSummary> BuildAsync(IAsyncEnumerable<Paper> papers, BuildRequest request, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        _report = request.Report;
        await schema.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var before = await GraphDiff.CountAsync(client, cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var ingestId = $"{Format(now)}-{Guid.NewGuid().ToString("N")[..6]}";
        await client.RunAsync(LoadStatements.Statements("ingest-start", new Dictionary<string, object?>
        {
            ["id"] = ingestId,
            ["startedAt"] = Format(now),
            ["staleBefore"] = Format(now - options.StaleRunAfter),
            ["deadIds"] = await DeadRunsHereAsync(cancellationToken).ConfigureAwait(false),
            ["host"] = Environment.MachineName,
            ["pid"] = (long)Environment.ProcessId,
            ["rulesHash"] = extractor.Pack.Hash,
            ["trigger"] = request.Trigger,
            ["inputs"] = request.Inputs.ToArray(),
        }), cancellationToken).ConfigureAwait(false);
        PipelineLog.BuildStarted(logger, ingestId, request.Trigger, request.Inputs.Count, extractor.Pack.Hash);

        var run = new BuildRun(time, started);
        try
        {
            await foreach (var batch in Batches(papers, options.BatchSize, cancellationToken).ConfigureAwait(false))
            {
                run.Read += batch.Count;
                var changed = request.Force ? batch : await ChangedAsync(batch, cancellationToken).ConfigureAwait(false);
                run.Skipped += batch.Count - changed.Count;
                if (changed.Count > 0)
                {
                    await LoadAsync(changed, run, cancellationToken).ConfigureAwait(false);
                }

                run.Batches++;
                progress?.Report(run.Progress);
                if (run.Due(ref run.LastHeartbeat, HeartbeatInterval))
                {
                    await HeartbeatAsync(ingestId, run, cancellationToken).ConfigureAwait(false);
                }

                if (request.LogProgress && run.Due(ref run.LastProgress, options.ProgressInterval))
                {
                    PipelineLog.BuildProgress(logger, ingestId, run.Read, run.Loaded, run.Skipped, run.Failures.Count, run.PapersPerSecond);
                }
            }

            var orphans = await RemoveOrphansAsync(cancellationToken).ConfigureAwait(false);
            var diff = GraphDiff.Between(before, await GraphDiff.CountAsync(client, cancellationToken).ConfigureAwait(false));
            var summary = new BuildSummary(ingestId, run.Progress, run.Counters, orphans, diff, run.Failures, time.GetElapsedTime(started));
            await FinishAsync(ingestId, summary.Failures.Count == 0 ? "completed" : "completed with failures", summary, CancellationToken.None).ConfigureAwait(false);
            return summary;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await TryFinishFailedAsync(ingestId, run).ConfigureAwait(false);
            throw;
        }
        catch (OperationCanceledException)
        {
            await TryFinishFailedAsync(ingestId, run, "cancelled").ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Builds marked running on this machine whose process is gone (killed, crashed): dead now, not in ten minutes.</summary>
    private async Task<string[]> DeadRunsHereAsync(CancellationToken cancellationToken)
    {
        var running = (await client.RunAsync(LoadStatements.Statements("ingest-running", new Dictionary<string, object?> { ["host"] = Environment.MachineName }), cancellationToken).ConfigureAwait(false))[0];
        var dead = new List<string>();
        for (var row = 0; row < running.Rows.Count; row++)
        {
            if (running.Value(row, "pid") is long pid && !ProcessIsAlive((int)pid))
            {
                dead.Add((string)running.Value(row, "id")!);
            }
        }

        return [.. dead];
    }

    private static bool ProcessIsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private async Task LoadAsync(IReadOnlyList<Paper> papers, BuildRun run, CancellationToken cancellationToken)
    {
        var outcomes = ExtractionPipeline.ExtractBatch(papers, extractor, options.ExtractionThreads, cancellationToken: cancellationToken);
        var loadable = new List<(Paper Paper, PaperGraph Graph)>(outcomes.Length);
        foreach (var outcome in outcomes)
        {
            if (Project(outcome) is { } graph)
            {
                loadable.Add((outcome.Paper, graph));
                if (graph.Cuts.Count > 0)
                {
                    _report.Add(outcome.Paper.Source, CorpusProblemKind.Truncated, $"paper {outcome.Paper.Id} is larger than one paper may be (docs/reliability.md): {string.Join("; ", graph.Cuts)}");
                }
            }
            else
            {
                run.Fail(outcome.Paper, outcome.Failure ?? "projection failed");
            }
        }

        if (loadable.Count == 0)
        {
            return;
        }

        try
        {
            foreach (var part in Transactions(loadable.Select(l => l.Graph).ToArray(), options.MaxRowsPerTransaction))
            {
                run.Counters += await WriteAsync(part, cancellationToken).ConfigureAwait(false);
                run.Loaded += part.Count;
            }
        }
        catch (Neo4jException error) when (!error.IsTransient && error.Category != Neo4jErrorCategory.Security && loadable.Count > 1)
        {
            // One bad paper must not cost the others their place: load the batch again paper by paper.
            foreach (var (paper, graph) in loadable)
            {
                try
                {
                    run.Counters += await WriteAsync([graph], cancellationToken).ConfigureAwait(false);
                    run.Loaded++;
                }
                catch (Neo4jException single) when (!single.IsTransient && single.Category != Neo4jErrorCategory.Security)
                {
                    run.Fail(paper, single.Message);
                }
            }
        }
    }

    /// <summary>A batch cut into transactions of at most <paramref name="maxRows"/> rows (a paper larger than that alone).</summary>
    private static IEnumerable<IReadOnlyList<PaperGraph>> Transactions(IReadOnlyList<PaperGraph> graphs, int maxRows)
    {
        var part = new List<PaperGraph>();
        var rows = 0;
        foreach (var graph in graphs)
        {
            if (part.Count > 0 && rows + graph.Rows > maxRows)
            {
                yield return part;
                part = [];
                rows = 0;
            }

            part.Add(graph);
            rows += graph.Rows;
        }

        if (part.Count > 0)
        {
            yield return part;
        }
    }

    private Task<LoadCounters> WriteAsync(IReadOnlyList<PaperGraph> graphs, CancellationToken cancellationToken) =>
        BatchRetry.RunAsync(_batchRetry, time, token => _writer.WriteAsync(graphs, token), cancellationToken);

    private PaperGraph? Project(ExtractionOutcome outcome)
    {
        if (outcome.Extraction is not { } extraction)
        {
            return null;
        }

        try
        {
            return PaperGraphProjector.Project(extraction, extractor.Pack.Hash);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return null;
        }
    }

    private async Task<IReadOnlyList<Paper>> ChangedAsync(IReadOnlyList<Paper> batch, CancellationToken cancellationToken)
    {
        var result = (await client.RunAsync(LoadStatements.Statements("papers-loaded", new Dictionary<string, object?> { ["ids"] = batch.Select(p => p.Id).ToArray() }), cancellationToken).ConfigureAwait(false))[0];
        var loaded = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        for (var row = 0; row < result.Rows.Count; row++)
        {
            loaded[(string)result.Value(row, "id")!] = (result.Value(row, "contentHash") as string, result.Value(row, "rulesHash") as string);
        }

        // A later revision of a paper (a richer record from another file) may bring metadata with the same text.
        return batch.Where(p => p.Revision > 0 || !loaded.TryGetValue(p.Id, out var hashes) || hashes != (p.ContentHash, extractor.Pack.Hash)).ToArray();
    }

    private async Task<long> RemoveOrphansAsync(CancellationToken cancellationToken)
    {
        var statements = GraphVocabulary.EntityLabels.Append(GraphVocabulary.Author)
            .Select(label => LoadStatements.Statement("remove-orphans", new Dictionary<string, object?>(), ("ENTITY_LABEL", label)))
            .ToArray();
        var results = await client.RunAsync(statements, cancellationToken).ConfigureAwait(false);
        return results.Sum(r => r.Counter("nodes_deleted"));
    }

    /// <summary>A paper read again in the same batch (a richer later record) replaces the earlier one.</summary>
    private static async IAsyncEnumerable<IReadOnlyList<Paper>> Batches(IAsyncEnumerable<Paper> papers, int size, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = new Dictionary<string, Paper>(StringComparer.Ordinal);
        await foreach (var paper in papers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (!batch.ContainsKey(paper.Id) && batch.Count >= size)
            {
                yield return batch.Values.ToArray();
                batch.Clear();
            }

            batch[paper.Id] = paper;
        }

        if (batch.Count > 0)
        {
            yield return batch.Values.ToArray();
        }
    }

    private Task HeartbeatAsync(string ingestId, BuildRun run, CancellationToken cancellationToken) =>
        client.RunAsync(LoadStatements.Statements("ingest-heartbeat", new Dictionary<string, object?>
        {
            ["id"] = ingestId,
            ["heartbeatAt"] = Format(time.GetUtcNow()),
            ["papersRead"] = run.Read,
            ["papers"] = run.Loaded,
        }), cancellationToken);

    private Task FinishAsync(string ingestId, string status, BuildSummary summary, CancellationToken cancellationToken)
    {
        var changed = summary.Diff.Where(d => d.Change != 0).ToArray();
        PipelineLog.BuildFinished(logger, ingestId, status, summary.Progress.PapersRead, summary.Progress.PapersLoaded, summary.Progress.PapersSkipped,
            summary.Progress.PapersFailed, summary.Elapsed.TotalSeconds, changed.Length == 0 ? "no change" : string.Join(", ", changed.Select(d => $"{d.Name} {d.Change:+#;-#;0}")));
        return client.RunAsync(LoadStatements.Statements("ingest-finish", new Dictionary<string, object?>
        {
            ["id"] = ingestId,
            ["props"] = new Dictionary<string, object?>
            {
                ["finishedAt"] = Format(time.GetUtcNow()),
                ["status"] = status,
                ["papers"] = summary.Progress.PapersLoaded,
                ["papersRead"] = summary.Progress.PapersRead,
                ["papersSkipped"] = summary.Progress.PapersSkipped,
                ["papersFailed"] = summary.Progress.PapersFailed,
                ["files"] = _report.FilesRead,
                ["readProblems"] = (long)_report.Failures,
                ["nodesCreated"] = summary.Counters.NodesCreated,
                ["nodesDeleted"] = summary.Counters.NodesDeleted + summary.OrphansRemoved,
                ["relationshipsCreated"] = summary.Counters.RelationshipsCreated,
                ["relationshipsDeleted"] = summary.Counters.RelationshipsDeleted,
                ["diffNames"] = changed.Select(d => d.Name).ToArray(),
                ["diffChanges"] = changed.Select(d => d.Change).ToArray(),
            },
        }), cancellationToken);
    }

    private async Task TryFinishFailedAsync(string ingestId, BuildRun run, string status = "failed")
    {
        try
        {
            // Bounded: a stopping worker must exit within its grace period even when the server does not answer.
            using var bounded = new CancellationTokenSource(CleanupTimeout);
            var summary = new BuildSummary(ingestId, run.Progress, run.Counters, 0, [], run.Failures, run.Elapsed);
            await FinishAsync(ingestId, status, summary, bounded.Token).ConfigureAwait(false);
        }
        catch (Exception error) when (error is Neo4jException or HttpRequestException or OperationCanceledException)
        {
            // The server is what failed; a later build marks this Ingest interrupted once it is stale.
        }
    }

    private static string Format(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private sealed class BuildRun
    {
        private readonly List<PaperFailure> _failures = [];
        private readonly TimeProvider _time;
        private readonly long _started;

#pragma warning disable CA1051 // Fields, so that Due can move them by reference.
        public long LastProgress;
        public long LastHeartbeat;
#pragma warning restore CA1051

        public BuildRun(TimeProvider time, long started)
        {
            _time = time;
            _started = started;
            LastProgress = LastHeartbeat = started;
        }

        public long Read { get; set; }
        public long Loaded { get; set; }
        public long Skipped { get; set; }
        public long Batches { get; set; }
        public LoadCounters Counters { get; set; } = LoadCounters.Zero;
        public IReadOnlyList<PaperFailure> Failures => _failures;
        public BuildProgress Progress => new(Read, Loaded, Skipped, _failures.Count, Batches);
        public TimeSpan Elapsed => _time.GetElapsedTime(_started);
        public double PapersPerSecond => Read / Math.Max(Elapsed.TotalSeconds, 0.001);

        public void Fail(Paper paper, string reason) => _failures.Add(new PaperFailure(paper.Id, paper.Source.ToString(), reason));

        /// <summary>True, and <paramref name="last"/> moved to now, when <paramref name="interval"/> has passed since it.</summary>
        public bool Due(ref long last, TimeSpan interval)
        {
            if (_time.GetElapsedTime(last) < interval)
            {
                return false;
            }

            last = _time.GetTimestamp();
            return true;
        }
    }
}
