using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Graph;

/// <summary>One label or relationship type, counted before and after a build.</summary>
public sealed record GraphDiffLine(string Kind, string Name, long Before, long After)
{
    public long Change => After - Before;
}

/// <summary>Counts of the graph per label and type, and the difference between two counts.</summary>
public static class GraphDiff
{
    public static async Task<IReadOnlyDictionary<(string Kind, string Name), long>> CountAsync(ICypherClient client, CancellationToken cancellationToken)
    {
        var result = (await client.RunAsync(LoadStatements.Statements("count-graph", new Dictionary<string, object?>()), cancellationToken).ConfigureAwait(false))[0];
        var counts = new Dictionary<(string, string), long>();
        for (var row = 0; row < result.Rows.Count; row++)
        {
            var kind = (string)result.Value(row, "kind")!;
            var name = (string)result.Value(row, "name")!;
            if (!GraphVocabulary.BookkeepingLabels.Contains(name))
            {
                counts[(kind, name)] = Convert.ToInt64(result.Value(row, "count"), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return counts;
    }

    public static IReadOnlyList<GraphDiffLine> Between(IReadOnlyDictionary<(string Kind, string Name), long> before, IReadOnlyDictionary<(string Kind, string Name), long> after) =>
        before.Keys.Union(after.Keys)
            .Select(k => new GraphDiffLine(k.Kind, k.Name, before.GetValueOrDefault(k), after.GetValueOrDefault(k)))
            .OrderBy(l => l.Kind, StringComparer.Ordinal).ThenBy(l => l.Name, StringComparer.Ordinal)
            .ToArray();
}
