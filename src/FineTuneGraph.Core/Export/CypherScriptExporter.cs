using System.Text;
using FineTuneGraph.Graph;

namespace FineTuneGraph.Export;

/// <summary>
/// The graph as one Cypher script of literal <c>UNWIND [...] AS row CREATE …</c> statements, for an empty database.
/// It holds no schema statements, whose syntax depends on the server: create the constraints first (a build does,
/// and docs/graph-model.md lists them), or the relationship statements find their ends by label scan.
/// </summary>
public static class CypherScriptExporter
{
    public const string FileName = "graph.cypher";
    private const int RowsPerStatement = 500;

    public static async Task<int> WriteAsync(ExportedGraph graph, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        var statements = 0;
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await using (writer.ConfigureAwait(false))
        {
            await writer.WriteLineAsync($"// FineTuneGraph export: {graph.PaperCount} papers. Run on an empty database, after the unique constraints (see docs/graph-model.md).").ConfigureAwait(false);
            foreach (var group in graph.Nodes().GroupBy(n => n.Label))
            {
                foreach (var chunk in group.Chunk(RowsPerStatement))
                {
                    var rows = string.Join(",\n  ", chunk.Select(n => CypherLiteral.Of(n.Properties)));
                    await writer.WriteLineAsync($"UNWIND [\n  {rows}\n] AS row\nCREATE (n:{GraphVocabulary.Checked(group.Key)})\nSET n = row;").ConfigureAwait(false);
                    statements++;
                }
            }

            foreach (var group in graph.Relationships().GroupBy(r => (r.Type, r.FromLabel, r.ToLabel)))
            {
                var fromKey = KeyOf(group.Key.FromLabel);
                var toKey = KeyOf(group.Key.ToLabel);
                foreach (var chunk in group.Chunk(RowsPerStatement))
                {
                    var rows = string.Join(",\n  ", chunk.Select(r => CypherLiteral.Of(new Dictionary<string, object?>
                    {
                        ["from"] = r.FromKey,
                        ["to"] = r.ToKey,
                        ["props"] = r.Properties,
                    })));
                    await writer.WriteLineAsync(
                        $"UNWIND [\n  {rows}\n] AS row\nMATCH (a:{GraphVocabulary.Checked(group.Key.FromLabel)} {{{fromKey}: row.from}})\nMATCH (b:{GraphVocabulary.Checked(group.Key.ToLabel)} {{{toKey}: row.to}})\nCREATE (a)-[r:{GraphVocabulary.Checked(group.Key.Type)}]->(b)\nSET r = row.props;").ConfigureAwait(false);
                    statements++;
                }
            }
        }

        return statements;
    }

    private static string KeyOf(string label) => GraphVocabulary.Keys.Single(k => k.Label == label).Key;
}
