using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Graph;

/// <summary>One build as its Ingest node records it.</summary>
public sealed record IngestRecord(
    string Id,
    string? Trigger,
    string? Status,
    string? StartedAt,
    string? FinishedAt,
    string? HeartbeatAt,
    IReadOnlyList<string> Inputs,
    long? Files,
    long? PapersRead,
    long? PapersLoaded,
    long? PapersSkipped,
    long? PapersFailed,
    long? ReadProblems,
    IReadOnlyList<(string Name, long Change)> Diff);

/// <summary>The inbox worker's ledger in one line.</summary>
public sealed record SourceFileSummary(long Files, long Papers, long Problems, string? LastFinishedAt);

/// <summary>What the builds and the worker did, read from the graph's own records (<c>ftg status</c>).</summary>
public sealed class IngestHistory(ICypherClient client)
{
    /// <summary>The latest <paramref name="limit"/> builds, newest first.</summary>
    public async Task<IReadOnlyList<IngestRecord>> LatestAsync(int limit, CancellationToken cancellationToken)
    {
        var result = (await client.RunAsync(LoadStatements.Statements("inspect/ingest-runs", new Dictionary<string, object?> { ["limit"] = (long)limit }), cancellationToken).ConfigureAwait(false))[0];
        var records = new List<IngestRecord>(result.Rows.Count);
        for (var row = 0; row < result.Rows.Count; row++)
        {
            var names = Strings(result.Value(row, "diffNames"));
            var changes = (result.Value(row, "diffChanges") as IEnumerable<object?>)?.Select(c => c as long? ?? 0).ToArray() ?? [];
            records.Add(new IngestRecord(
                (string)result.Value(row, "id")!,
                result.Value(row, "trigger") as string,
                result.Value(row, "status") as string,
                result.Value(row, "startedAt") as string,
                result.Value(row, "finishedAt") as string,
                result.Value(row, "heartbeatAt") as string,
                Strings(result.Value(row, "inputs")),
                result.Value(row, "files") as long?,
                result.Value(row, "papersRead") as long?,
                result.Value(row, "papersLoaded") as long?,
                result.Value(row, "papersSkipped") as long?,
                result.Value(row, "papersFailed") as long?,
                result.Value(row, "readProblems") as long?,
                names.Zip(changes).ToArray()));
        }

        return records;
    }

    /// <summary>How many files the worker finished, with their papers and problems.</summary>
    public async Task<SourceFileSummary> SourceFilesAsync(CancellationToken cancellationToken)
    {
        var result = (await client.RunAsync(LoadStatements.Statements("inspect/source-files", new Dictionary<string, object?>()), cancellationToken).ConfigureAwait(false))[0];
        return new SourceFileSummary(
            result.Value(0, "files") as long? ?? 0,
            result.Value(0, "papers") as long? ?? 0,
            result.Value(0, "problems") as long? ?? 0,
            result.Value(0, "lastFinishedAt") as string);
    }

    private static string[] Strings(object? value) => (value as IEnumerable<object?>)?.OfType<string>().ToArray() ?? [];
}
