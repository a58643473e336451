using FineTuneGraph.Graph;

namespace FineTuneGraph.Export;

/// <summary>A node to export: its label, key property and value, and properties without nulls.</summary>
public sealed record ExportNode(string Label, string KeyProperty, string Key, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship to export between two nodes named by label and key.</summary>
public sealed record ExportRelationship(string Type, string FromLabel, string FromKey, string ToLabel, string ToKey, IReadOnlyDictionary<string, object?> Properties);

/// <summary>
/// The whole graph a build of the same papers would load, computed in memory with the loader's own rules (which
/// entity row wins, sorted paper support on aggregated relations), so an export and a build give the same graph.
/// </summary>
public sealed class ExportedGraph
{
    private readonly Dictionary<string, PaperGraph> _papers = new(StringComparer.Ordinal);
    private IReadOnlyList<ExportNode>? _nodes;
    private IReadOnlyList<ExportRelationship>? _relationships;

    /// <summary>Adds a paper; a later graph of the same paper replaces the earlier one, as in a build.</summary>
    public void Add(PaperGraph paper)
    {
        _papers[paper.PaperId] = paper;
        _nodes = null;
        _relationships = null;
    }

    public int PaperCount => _papers.Count;

    /// <summary>Every node, computed once after the last <see cref="Add"/> (each exporter and the summary ask).</summary>
    public IReadOnlyList<ExportNode> Nodes() => _nodes ??= ComputeNodes();

    /// <summary>Every relationship, computed once after the last <see cref="Add"/>.</summary>
    public IReadOnlyList<ExportRelationship> Relationships() => _relationships ??= ComputeRelationships();

    private List<ExportNode> ComputeNodes()
    {
        var papers = _papers.Values.OrderBy(p => p.PaperId, StringComparer.Ordinal).ToArray();
        var nodes = papers.Select(p => new ExportNode(GraphVocabulary.Paper, "id", p.PaperId, WithoutNulls(p.PaperProperties))).ToList();
        nodes.AddRange(papers.SelectMany(p => p.Authors).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(a => new ExportNode(GraphVocabulary.Author, "name", a, new Dictionary<string, object?> { ["name"] = a })));
        nodes.AddRange(papers.SelectMany(p => p.Entities)
            .GroupBy(e => (e.Label, e.Key))
            .Select(g => GraphBatchStatements.Representative(g))
            .OrderBy(e => e.Label, StringComparer.Ordinal).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => new ExportNode(e.Label, "key", e.Key, WithoutNulls(e.Properties))));
        nodes.AddRange(papers.SelectMany(p => p.Findings).Select(f => new ExportNode(GraphVocabulary.Finding, "id", f.Id, WithoutNulls(f.Properties))));
        return nodes;
    }

    private List<ExportRelationship> ComputeRelationships()
    {
        var papers = _papers.Values.OrderBy(p => p.PaperId, StringComparer.Ordinal).ToArray();
        var relationships = new List<ExportRelationship>();
        foreach (var paper in papers)
        {
            relationships.AddRange(paper.Authors.Select((a, i) => new ExportRelationship(GraphVocabulary.AuthoredBy, GraphVocabulary.Paper, paper.PaperId, GraphVocabulary.Author, a,
                new Dictionary<string, object?> { ["position"] = (long)i })));
            relationships.AddRange(paper.PaperEdges.Select(e => new ExportRelationship(e.Type, GraphVocabulary.Paper, paper.PaperId, e.Label, e.Key, WithoutNulls(e.Properties))));
            foreach (var finding in paper.Findings)
            {
                relationships.Add(new ExportRelationship(GraphVocabulary.Reports, GraphVocabulary.Paper, paper.PaperId, GraphVocabulary.Finding, finding.Id, new Dictionary<string, object?>()));
                relationships.AddRange(finding.About.Select(a => new ExportRelationship(GraphVocabulary.About, GraphVocabulary.Finding, finding.Id, a.Label, a.Key, new Dictionary<string, object?>())));
                if (finding.MetricKey is { } metric)
                {
                    relationships.Add(new ExportRelationship(GraphVocabulary.MeasuredBy, GraphVocabulary.Finding, finding.Id, "Metric", metric, new Dictionary<string, object?>()));
                }
            }
        }

        foreach (var claim in papers.SelectMany(p => p.Claims).GroupBy(c => (c.Type, c.FromKey, c.ToKey)).OrderBy(g => g.Key))
        {
            var support = claim.OrderBy(c => c.PaperId, StringComparer.Ordinal).ToArray();
            var (from, to) = GraphVocabulary.Claims[claim.Key.Type];
            relationships.Add(new ExportRelationship(claim.Key.Type, from, claim.Key.FromKey, to, claim.Key.ToKey, new Dictionary<string, object?>
            {
                ["papers"] = support.Select(c => c.PaperId).ToArray(),
                ["evidences"] = support.Select(c => c.Evidence).ToArray(),
                ["count"] = (long)support.Length,
                ["evidence"] = support[0].Evidence,
            }));
        }

        return relationships;
    }

    private static Dictionary<string, object?> WithoutNulls(IReadOnlyDictionary<string, object?> properties) =>
        properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
