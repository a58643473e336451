namespace FineTuneGraph.Pipeline;

/// <summary>What <see cref="GraphBuildService.ExportAsync"/> wrote.</summary>
/// <param name="Directory">The export folder.</param>
/// <param name="Papers">Distinct papers exported.</param>
/// <param name="Nodes">Nodes in the exported graph.</param>
/// <param name="Relationships">Relationships in the exported graph.</param>
/// <param name="CsvFiles">The neo4j-admin import files written, <c>import.sh</c> included.</param>
/// <param name="CypherScript">The path of the Cypher script.</param>
/// <param name="CypherStatements">Statements in the Cypher script.</param>
/// <param name="GraphHtml">The path of the self-contained page with the heat map and the graph view.</param>
/// <param name="PapersFailed">Papers the rules failed on (also in the request's report).</param>
/// <param name="Elapsed">How long the export took.</param>
public sealed record ExportSummary(
    string Directory,
    long Papers,
    long Nodes,
    long Relationships,
    IReadOnlyList<string> CsvFiles,
    string CypherScript,
    int CypherStatements,
    string GraphHtml,
    long PapersFailed,
    TimeSpan Elapsed);
