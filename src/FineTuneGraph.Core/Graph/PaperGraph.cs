namespace FineTuneGraph.Graph;

/// <summary>
/// One paper's part of the graph, as rows ready for the load statements and the exporters. Property maps hold only
/// strings, numbers, booleans and arrays of those: what a Neo4j property can store.
/// </summary>
public sealed record PaperGraph(
    string PaperId,
    IReadOnlyDictionary<string, object?> PaperProperties,
    IReadOnlyList<string> Authors,
    IReadOnlyList<EntityNode> Entities,
    IReadOnlyList<PaperEdge> PaperEdges,
    IReadOnlyList<FindingNode> Findings,
    IReadOnlyList<ClaimEvidence> Claims)
{
    /// <summary>What was cut to keep the paper within <see cref="PaperLimits"/> (empty for real papers).</summary>
    public IReadOnlyList<string> Cuts { get; init; } = [];

    /// <summary>The rows this paper adds to a batch: what its transaction costs the server.</summary>
    public int Rows => 1 + Authors.Count + Entities.Count + PaperEdges.Count + Findings.Count + Findings.Sum(f => f.About.Count) + Claims.Count;
}

/// <summary>A Method, Model, Dataset, Task or Metric node.</summary>
public sealed record EntityNode(string Label, string Key, IReadOnlyDictionary<string, object?> Properties);

/// <summary>
/// A paper's edge to an entity with its provenance as parallel arrays (one item per mention): sentence index,
/// field, character span in that field, the text as written and the rule that found it; plus one evidence sentence.
/// </summary>
public sealed record PaperEdge(string Type, string Label, string Key, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A claim sentence with what it is about (label, key) and the metric that measures it.</summary>
public sealed record FindingNode(
    string Id,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<(string Label, string Key)> About,
    string? MetricKey);

/// <summary>One paper's support for an aggregated relation between two entities, with its evidence sentence.</summary>
public sealed record ClaimEvidence(string Type, string FromKey, string ToKey, string PaperId, string Evidence);
