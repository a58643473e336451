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
    private static readonly Dictionary<string, object?> NoParameters = [];

    /// <summary>
    /// Nodes per label and relationships per type of the graph model, in one request. Each count names its label or
    /// type, so the server answers it from its count store: a diff costs the same on a graph of any size.
    /// </summary>
    public static async Task<IReadOnlyDictionary<(string Kind, string Name), long>> CountAsync(ICypherClient client, CancellationToken cancellationToken)
    {
        var names = GraphVocabulary.Keys.Select(k => (Kind: "node", Name: k.Label))
            .Where(n => !GraphVocabulary.BookkeepingLabels.Contains(n.Name))
            .Concat(GraphVocabulary.RelationshipTypes.Select(t => (Kind: "relationship", Name: t)))
            .ToArray();
        var statements = names.Select(n => n.Kind == "node"
            ? LoadStatements.Statement("count-label", NoParameters, ("NODE_LABEL", n.Name))
            : LoadStatements.Statement("count-relationship-type", NoParameters, ("RELATIONSHIP_TYPE", n.Name))).ToArray();
        var results = await client.RunAsync(statements, cancellationToken).ConfigureAwait(false);
        var counts = new Dictionary<(string, string), long>();
        for (var i = 0; i < names.Length; i++)
        {
            var count = Convert.ToInt64(results[i].Value(0, "count"), System.Globalization.CultureInfo.InvariantCulture);
            if (count > 0)
            {
                counts[names[i]] = count;
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
