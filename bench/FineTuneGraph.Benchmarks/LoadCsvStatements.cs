using System.Globalization;
using FineTuneGraph.Export;
using FineTuneGraph.Graph;

namespace FineTuneGraph.Benchmarks;

/// <summary>
/// <c>USING PERIODIC COMMIT … LOAD CSV WITH HEADERS</c> statements that load the files of
/// <see cref="AdminImportCsvExporter"/> into an empty database with its constraints: CREATE for nodes, MATCH both
/// ends by key and CREATE for relationships, each column converted by the type in its header. The file names and
/// header names come from the exporter, whose labels and types are checked against <see cref="GraphVocabulary"/>.
/// Neo4j 3.x syntax, which is why they live here and not in cypher/.
/// </summary>
internal static class LoadCsvStatements
{
    public static string ForNodes(string file, string header, int periodicCommit)
    {
        var columns = Columns(header);
        var id = columns.Single(c => c.Type.StartsWith("ID(", StringComparison.Ordinal));
        var label = GraphVocabulary.Checked(id.Type[3..^1]);
        var properties = columns.Where(c => c.Name.Length > 0 && c != id).ToArray();
        return $"""
            USING PERIODIC COMMIT {periodicCommit.ToString(CultureInfo.InvariantCulture)}
            LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row
            CREATE (n:{label} {Map([id with { Type = "string" }, .. properties])})
            """;
    }

    public static string ForRelationships(string file, string header, int periodicCommit)
    {
        var columns = Columns(header);
        var start = columns.Single(c => c.Type.StartsWith("START_ID(", StringComparison.Ordinal));
        var end = columns.Single(c => c.Type.StartsWith("END_ID(", StringComparison.Ordinal));
        var type = GraphVocabulary.Checked(file.Split('-')[1]);
        var from = GraphVocabulary.Checked(start.Type[9..^1]);
        var to = GraphVocabulary.Checked(end.Type[7..^1]);
        var properties = columns.Where(c => c.Name.Length > 0).ToArray();
        return $"""
            USING PERIODIC COMMIT {periodicCommit.ToString(CultureInfo.InvariantCulture)}
            LOAD CSV WITH HEADERS FROM 'file:///{file}' AS row
            WITH row, row.`{start.Header}` AS fromKey, row.`{end.Header}` AS toKey
            MATCH {Bound("a", from, "fromKey")}
            MATCH {Bound("b", to, "toKey")}
            CREATE (a)-[r:{type}]->(b)
            """ + (properties.Length == 0 ? string.Empty : $"\nSET r = {Map(properties)}");
    }

    private sealed record Column(string Header, string Name, string Type);

    /// <summary>Header cells are "name", "name:type", ":LABEL", ":TYPE", "key:ID(Label)", ":START_ID(Label)"…</summary>
    private static Column[] Columns(string header) => header.Split(',')
        .Select(h => h.Split(':', 2) is [var name, var type] ? new Column(h, name, type) : new Column(h, h, "string"))
        .Where(c => c.Type is not ("LABEL" or "TYPE"))
        .ToArray();

    private static string Map(IEnumerable<Column> columns) =>
        "{" + string.Join(", ", columns.Select(c => $"{CypherLiteral.Name(c.Name)}: {Value(c)}")) + "}";

    /// <summary>
    /// An empty cell is a missing value; for an array column it is an empty array, because the projector always
    /// writes arrays (a finding without numbers has <c>values: []</c>).
    /// </summary>
    private static string Value(Column column)
    {
        var cell = $"row.`{column.Header}`";
        var items = $"(CASE WHEN {cell} IS NULL OR {cell} = '' THEN [] ELSE split({cell}, '\\u001F') END)";
        return column.Type switch
        {
            "string" => $"CASE {cell} WHEN '' THEN null ELSE {cell} END",
            "long" => $"toInteger({cell})",
            "double" => $"toFloat({cell})",
            "boolean" => $"CASE {cell} WHEN 'true' THEN true WHEN 'false' THEN false END",
            "string[]" => items,
            "long[]" => $"[x IN {items} | toInteger(x)]",
            "double[]" => $"[x IN {items} | toFloat(x)]",
            "boolean[]" => $"[x IN {items} | x = 'true']",
            _ => throw new InvalidOperationException($"No conversion for the column type '{column.Type}' ({column.Header})."),
        };
    }

    /// <summary>
    /// The key lookup with an index hint: without it, 3.1 sometimes planned a label scan for a relationship file
    /// (seen with REPORTS: stuck at 5,000 of 36,038 rows after minutes) when it planned before sampling the index.
    /// </summary>
    private static string Match(string variable, string label, Column column) =>
        $"({variable}:{label} {{{KeyOf(label)}: row.`{column.Header}`}}) USING INDEX {variable}:{label}({KeyOf(label)})";

    /// <summary>
    /// The key lookup on a value bound by WITH: with the CSV cell inline in the pattern, 3.1 planned the hinted
    /// lookup of REPORTS as an index scan plus filter (jstack), which stalled the load.
    /// </summary>
    private static string Bound(string variable, string label, string value) =>
        $"({variable}:{label} {{{KeyOf(label)}: {value}}}) USING INDEX {variable}:{label}({KeyOf(label)})";

    private static string KeyOf(string label) => GraphVocabulary.Keys.Single(k => k.Label == label).Key;
}
