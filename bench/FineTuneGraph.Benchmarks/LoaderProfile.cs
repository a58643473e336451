using System.Diagnostics;
using System.Globalization;
using FineTuneGraph.Graph;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Benchmarks;

/// <summary>
/// Where the loader's time goes: the statements of each batch are sent one request at a time inside the batch's
/// transaction and timed, summed per statement (its first Cypher line and labels). Slower than a real load by the
/// extra round trips, which the line "commit and round trips" shows.
/// </summary>
internal static class LoaderProfile
{
    public static async Task RunAsync(ICypherClient client, IReadOnlyList<PaperGraph> graphs, int batchSize)
    {
        var times = new Dictionary<string, (TimeSpan Time, long Rows)>(StringComparer.Ordinal);
        var total = Stopwatch.StartNew();
        foreach (var batch in graphs.Chunk(batchSize))
        {
            var transaction = await client.BeginTransactionAsync();
            await using (transaction)
            {
                foreach (var statement in GraphBatchStatements.For(batch))
                {
                    var started = Stopwatch.GetTimestamp();
                    await transaction.RunAsync([statement]);
                    var name = Name(statement);
                    var rows = statement.Parameters.TryGetValue("rows", out var value) && value is Array array ? array.Length : 0;
                    var (time, count) = times.GetValueOrDefault(name);
                    times[name] = (time + Stopwatch.GetElapsedTime(started), count + rows);
                }

                var commit = Stopwatch.GetTimestamp();
                await transaction.CommitAsync();
                times["commit"] = (times.GetValueOrDefault("commit").Time + Stopwatch.GetElapsedTime(commit), 0);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  profile, batch {batchSize}: {total.Elapsed.TotalSeconds:N1} s in all"));
        foreach (var (name, (time, rows)) in times.OrderByDescending(t => t.Value.Time))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {time.TotalSeconds,7:N2} s  {rows,8:N0} rows  {name}"));
        }
    }

    private static string Name(CypherStatement statement)
    {
        var lines = statement.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("//", StringComparison.Ordinal));
        return string.Join(" / ", lines.Skip(1).Take(3)) is var head && head.Length > 110 ? head[..110] : head;
    }
}
