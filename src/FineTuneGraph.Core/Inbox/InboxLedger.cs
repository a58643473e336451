using System.Globalization;
using FineTuneGraph.Graph;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Inbox;

/// <summary>A file the worker finished, as its ledger records it.</summary>
public sealed record LedgerEntry(string Path, long Length, string LastWriteUtc, string ContentHash, string RulesHash);

/// <summary>A file to record as finished, with what the build read from it.</summary>
public sealed record FinishedFile(InboxFile File, string ContentHash, string RulesHash, long Papers, long Problems);

/// <summary>
/// Which inbox files the worker finished, kept in the graph as <c>SourceFile</c> nodes beside the papers they gave:
/// a database that is emptied or replaced also forgets them, so its files are read again.
/// </summary>
public sealed class InboxLedger(ICypherClient client)
{
    private const int Chunk = 1000;

    /// <summary>The entries of those of <paramref name="paths"/> that were finished.</summary>
    public async Task<IReadOnlyDictionary<string, LedgerEntry>> FinishedAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var entries = new Dictionary<string, LedgerEntry>(StringComparer.Ordinal);
        foreach (var chunk in paths.Chunk(Chunk))
        {
            var result = (await client.RunAsync(LoadStatements.Statements("source-files-finished", new Dictionary<string, object?> { ["paths"] = chunk }), cancellationToken).ConfigureAwait(false))[0];
            for (var row = 0; row < result.Rows.Count; row++)
            {
                var path = (string)result.Value(row, "path")!;
                entries[path] = new LedgerEntry(
                    path,
                    result.Value(row, "length") as long? ?? -1,
                    result.Value(row, "lastWriteUtc") as string ?? string.Empty,
                    result.Value(row, "contentHash") as string ?? string.Empty,
                    result.Value(row, "rulesHash") as string ?? string.Empty);
            }
        }

        return entries;
    }

    /// <summary>Records <paramref name="files"/> as finished by the build <paramref name="ingestId"/>.</summary>
    public async Task RecordAsync(IReadOnlyList<FinishedFile> files, string ingestId, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        foreach (var chunk in files.Chunk(Chunk))
        {
            var rows = chunk.Select(f => (object?)new Dictionary<string, object?>
            {
                ["path"] = f.File.Path,
                ["length"] = f.File.Length,
                ["lastWriteUtc"] = f.File.LastWriteStamp,
                ["contentHash"] = f.ContentHash,
                ["rulesHash"] = f.RulesHash,
                ["papers"] = f.Papers,
                ["problems"] = f.Problems,
            }).ToArray();
            await client.RunAsync(LoadStatements.Statements("source-files-record", new Dictionary<string, object?>
            {
                ["files"] = rows,
                ["ingest"] = ingestId,
                ["finishedAt"] = finishedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            }), cancellationToken).ConfigureAwait(false);
        }
    }
}
