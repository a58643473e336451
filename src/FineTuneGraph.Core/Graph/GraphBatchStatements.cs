using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Graph;

/// <summary>
/// The statements that replace a batch of papers in the graph: take back what earlier builds extracted from them,
/// then merge papers, authors, entities, edges with provenance, findings and the papers' share of aggregated
/// relations. Run in one transaction, a batch is all or nothing.
/// </summary>
public static class GraphBatchStatements
{
    public static IReadOnlyList<CypherStatement> For(IReadOnlyList<PaperGraph> papers)
    {
        var statements = new List<CypherStatement>();
        statements.AddRange(LoadStatements.Statements("retract-papers", Parameters("ids", papers.Select(p => p.PaperId).ToArray())));
        statements.Add(LoadStatements.Statement("merge-papers", Rows(papers.Select(p => Row(("id", p.PaperId), ("props", p.PaperProperties))))));
        var authors = papers.SelectMany(p => p.Authors.Select((name, i) => Row(("paper", p.PaperId), ("name", name), ("position", (long)i)))).ToArray();
        if (authors.Length > 0)
        {
            statements.Add(LoadStatements.Statement("merge-authors", Rows(authors)));
        }

        foreach (var group in papers.SelectMany(p => p.Entities).GroupBy(e => e.Label).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var rows = group.GroupBy(e => e.Key).Select(Representative).Select(e => Row(("key", e.Key), ("props", e.Properties)));
            statements.Add(LoadStatements.Statement("merge-entities", Rows(rows), ("ENTITY_LABEL", group.Key)));
        }

        foreach (var group in papers.SelectMany(p => p.PaperEdges.Select(e => (Paper: p.PaperId, Edge: e))).GroupBy(e => (e.Edge.Label, e.Edge.Type)).OrderBy(g => g.Key))
        {
            var rows = group.Select(e => Row(("paper", e.Paper), ("key", e.Edge.Key), ("props", e.Edge.Properties)));
            statements.Add(LoadStatements.Statement("merge-paper-edges", Rows(rows), ("ENTITY_LABEL", group.Key.Label), ("PAPER_EDGE", group.Key.Type)));
        }

        var findings = papers.SelectMany(p => p.Findings.Select(f => Row(
            ("paper", p.PaperId),
            ("props", f.Properties),
            ("methods", KeysAbout(f, "Method")),
            ("models", KeysAbout(f, "Model")),
            ("datasets", KeysAbout(f, "Dataset")),
            ("metric", f.MetricKey)))).ToArray();
        if (findings.Length > 0)
        {
            statements.Add(LoadStatements.Statement("merge-findings", Rows(findings)));
        }

        foreach (var group in papers.SelectMany(p => p.Claims).GroupBy(c => c.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var (from, to) = GraphVocabulary.Claims[group.Key];
            var rows = group.GroupBy(c => (c.FromKey, c.ToKey)).Select(edge =>
            {
                var support = edge.OrderBy(c => c.PaperId, StringComparer.Ordinal).ToArray();
                return Row(("from", edge.Key.FromKey), ("to", edge.Key.ToKey), ("papers", support.Select(c => c.PaperId).ToArray()), ("evidences", support.Select(c => c.Evidence).ToArray()));
            });
            statements.Add(LoadStatements.Statement("merge-claims", Rows(rows), ("FROM_LABEL", from), ("TO_LABEL", to), ("CLAIM_TYPE", group.Key)));
        }

        return statements;
    }

    /// <summary>The row merge-entities.cypher would keep, whatever the order: the dictionary's, else the smallest coined name.</summary>
    internal static EntityNode Representative(IEnumerable<EntityNode> nodes) =>
        nodes.OrderBy(n => n.Properties["local"] is true).ThenBy(n => (string?)n.Properties["name"], StringComparer.Ordinal).First();

    private static string[] KeysAbout(FindingNode finding, string label) =>
        finding.About.Where(a => a.Label == label).Select(a => a.Key).Distinct(StringComparer.Ordinal).ToArray();

    private static Dictionary<string, object?> Parameters(string name, object? value) => new(StringComparer.Ordinal) { [name] = value };

    private static Dictionary<string, object?> Rows(IEnumerable<IReadOnlyDictionary<string, object?>> rows) => Parameters("rows", rows.ToArray());

    private static Dictionary<string, object?> Row(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);
}
