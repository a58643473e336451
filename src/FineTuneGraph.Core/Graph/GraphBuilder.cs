using System.Diagnostics;
using System.Globalization;
using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Graph;

/// <summary>
/// Reads papers, extracts the changed ones and loads them into Neo4j batch by batch, one transaction per batch, so a
/// build that dies is completed by the next one without duplicates. Unchanged papers (same text, same rules) are
/// skipped; changed ones replace what earlier builds loaded for them.
/// </summary>
public sealed class GraphBuilder(ICypherClient client, Extractor extractor)
{
    private readonly GraphWriter _writer = new(client);

    public async Task<BuildSummary> BuildAsync(IAsyncEnumerable<Paper> papers, BuildOptions options, IProgress<BuildProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        var started = Stopwatch.GetTimestamp();
        var server = await client.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        await GraphSchema.EnsureAsync(client, Neo4jDialect.For(server), cancellationToken).ConfigureAwait(false);
        var before = await GraphDiff.CountAsync(client, cancellationToken).ConfigureAwait(false);
        var ingestId = $"{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ss.fffZ}-{Guid.NewGuid().ToString("N")[..6]}";
        await client.RunAsync(LoadStatements.Statements("ingest-start", new Dictionary<string, object?>
        {
            ["id"] = ingestId,
            ["startedAt"] = Now(),
            ["rulesHash"] = extractor.Pack.Hash,
        }), cancellationToken).ConfigureAwait(false);

        var run = new BuildRun();
        try
        {
            await foreach (var batch in Batches(papers, options.BatchSize, cancellationToken).ConfigureAwait(false))
            {
                run.Read += batch.Count;
                var changed = options.Force ? batch : await ChangedAsync(batch, cancellationToken).ConfigureAwait(false);
                run.Skipped += batch.Count - changed.Count;
                if (changed.Count > 0)
                {
                    await LoadAsync(changed, run, cancellationToken).ConfigureAwait(false);
                }

                run.Batches++;
                progress?.Report(run.Progress);
            }

            var orphans = await RemoveOrphansAsync(cancellationToken).ConfigureAwait(false);
            var diff = GraphDiff.Between(before, await GraphDiff.CountAsync(client, cancellationToken).ConfigureAwait(false));
            var summary = new BuildSummary(ingestId, run.Progress, run.Counters, orphans, diff, run.Failures, Stopwatch.GetElapsedTime(started));
            await FinishAsync(ingestId, summary.Failures.Count == 0 ? "completed" : "completed with failures", summary, CancellationToken.None).ConfigureAwait(false);
            return summary;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            await TryFinishFailedAsync(ingestId, run, started).ConfigureAwait(false);
            throw;
        }
        catch (OperationCanceledException)
        {
            await TryFinishFailedAsync(ingestId, run, started, "cancelled").ConfigureAwait(false);
            throw;
        }
    }

    private async Task LoadAsync(IReadOnlyList<Paper> papers, BuildRun run, CancellationToken cancellationToken)
    {
        var graphs = papers.AsParallel().AsOrdered().WithCancellation(cancellationToken).Select(Project).ToArray();
        foreach (var (paper, failure) in papers.Zip(graphs).Where(p => p.Second.Failure is not null))
        {
            run.Fail(paper, failure.Failure!);
        }

        var loadable = graphs.Where(g => g.Graph is not null).Select(g => g.Graph!).ToArray();
        if (loadable.Length == 0)
        {
            return;
        }

        try
        {
            run.Counters += await _writer.WriteAsync(loadable, cancellationToken).ConfigureAwait(false);
            run.Loaded += loadable.Length;
        }
        catch (Neo4jException error) when (!error.IsTransient && error.Category != Neo4jErrorCategory.Security && loadable.Length > 1)
        {
            // One bad paper must not cost the others their place: load the batch again paper by paper.
            var byId = papers.ToDictionary(p => p.Id, StringComparer.Ordinal);
            foreach (var graph in loadable)
            {
                try
                {
                    run.Counters += await _writer.WriteAsync([graph], cancellationToken).ConfigureAwait(false);
                    run.Loaded++;
                }
                catch (Neo4jException single) when (!single.IsTransient && single.Category != Neo4jErrorCategory.Security)
                {
                    run.Fail(byId[graph.PaperId], single.Message);
                }
            }
        }
    }

    private (PaperGraph? Graph, string? Failure) Project(Paper paper)
    {
        try
        {
            return (PaperGraphProjector.Project(extractor.Extract(paper), extractor.Pack.Hash), null);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return (null, $"extraction failed: {error.Message}");
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

    private Task FinishAsync(string ingestId, string status, BuildSummary summary, CancellationToken cancellationToken)
    {
        var changed = summary.Diff.Where(d => d.Change != 0).ToArray();
        return client.RunAsync(LoadStatements.Statements("ingest-finish", new Dictionary<string, object?>
        {
            ["id"] = ingestId,
            ["props"] = new Dictionary<string, object?>
            {
                ["finishedAt"] = Now(),
                ["status"] = status,
                ["papers"] = summary.Progress.PapersLoaded,
                ["papersRead"] = summary.Progress.PapersRead,
                ["papersSkipped"] = summary.Progress.PapersSkipped,
                ["papersFailed"] = summary.Progress.PapersFailed,
                ["nodesCreated"] = summary.Counters.NodesCreated,
                ["nodesDeleted"] = summary.Counters.NodesDeleted + summary.OrphansRemoved,
                ["relationshipsCreated"] = summary.Counters.RelationshipsCreated,
                ["relationshipsDeleted"] = summary.Counters.RelationshipsDeleted,
                ["diffNames"] = changed.Select(d => d.Name).ToArray(),
                ["diffChanges"] = changed.Select(d => d.Change).ToArray(),
            },
        }), cancellationToken);
    }

    private async Task TryFinishFailedAsync(string ingestId, BuildRun run, long started, string status = "failed")
    {
        try
        {
            var summary = new BuildSummary(ingestId, run.Progress, run.Counters, 0, [], run.Failures, Stopwatch.GetElapsedTime(started));
            await FinishAsync(ingestId, status, summary, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception error) when (error is Neo4jException or HttpRequestException or TaskCanceledException)
        {
            // The server is what failed; the next build marks this Ingest interrupted.
        }
    }

    private static string Now() => DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private sealed class BuildRun
    {
        private readonly List<PaperFailure> _failures = [];

        public long Read { get; set; }
        public long Loaded { get; set; }
        public long Skipped { get; set; }
        public long Batches { get; set; }
        public LoadCounters Counters { get; set; } = LoadCounters.Zero;
        public IReadOnlyList<PaperFailure> Failures => _failures;
        public BuildProgress Progress => new(Read, Loaded, Skipped, _failures.Count, Batches);

        public void Fail(Paper paper, string reason) => _failures.Add(new PaperFailure(paper.Id, paper.Source.ToString(), reason));
    }
}
