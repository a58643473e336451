using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace FineTuneGraph.Graph;

/// <summary>
/// Every label and relationship type the loader may write. Cypher cannot take a label as a parameter, so these are
/// the only names that are ever spliced into statement text, and each is checked against this list first.
/// </summary>
public static partial class GraphVocabulary
{
    public const string Paper = "Paper";
    public const string Author = "Author";
    public const string Finding = "Finding";
    public const string Ingest = "Ingest";

    /// <summary>A file the inbox worker finished: its path, content hash and the rules it was read with (the worker's ledger).</summary>
    public const string SourceFile = "SourceFile";

    /// <summary>Records of loading (builds, finished files), not of papers: left out of graph diffs and fingerprints.</summary>
    public static IReadOnlyList<string> BookkeepingLabels { get; } = [Ingest, SourceFile];

    /// <summary>The extracted entity labels, in the order the summary lists them.</summary>
    public static IReadOnlyList<string> EntityLabels { get; } = ["Method", "Model", "Dataset", "Task", "Metric"];

    /// <summary>The edge from a paper to each kind of entity it mentions (a proposed method gets PROPOSES instead).</summary>
    public static FrozenDictionary<string, string> PaperEdgeFor { get; } = new Dictionary<string, string>
    {
        ["Method"] = "USES",
        ["Model"] = "USES_MODEL",
        ["Dataset"] = "USES_DATASET",
        ["Task"] = "ADDRESSES",
        ["Metric"] = "USES_METRIC",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public const string Proposes = "PROPOSES";
    public const string AuthoredBy = "AUTHORED_BY";
    public const string Reports = "REPORTS";
    public const string About = "ABOUT";
    public const string MeasuredBy = "MEASURED_BY";

    /// <summary>Relations between entities that are aggregated over papers, with the labels at their ends.</summary>
    public static FrozenDictionary<string, (string From, string To)> Claims { get; } = new Dictionary<string, (string, string)>
    {
        ["EVALUATED_ON"] = ("Method", "Dataset"),
        ["TRAINED_ON"] = ("Method", "Dataset"),
        ["APPLIED_TO"] = ("Method", "Model"),
        ["COMPARED_WITH"] = ("Method", "Method"),
        ["OUTPERFORMS"] = ("Method", "Method"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Every relationship a relation rule may state, with the labels at its ends: the aggregated <see cref="Claims"/>
    /// between entities, and the paper's edge to each kind of entity (<see cref="PaperEdgeFor"/>). A rule stating
    /// anything else would load and never reach the graph.
    /// </summary>
    public static IReadOnlyList<(string Type, string From, string To)> StatedRelations { get; } =
        [.. Claims.Select(c => (c.Key, c.Value.From, c.Value.To)).OrderBy(r => r.Key, StringComparer.Ordinal),
         .. PaperEdgeFor.Select(e => (e.Value, Paper, e.Key)).OrderBy(r => r.Value, StringComparer.Ordinal)];

    /// <summary>Every node label with a unique key, and that key's property.</summary>
    public static IReadOnlyList<(string Label, string Key)> Keys { get; } =
        [(Paper, "id"), (Author, "name"), .. EntityLabels.Select(l => (l, "key")), (Finding, "id"), (Ingest, "id"), (SourceFile, "path")];

    public static IReadOnlyList<string> RelationshipTypes { get; } =
        [Proposes, .. PaperEdgeFor.Values.Distinct(), AuthoredBy, Reports, About, MeasuredBy, .. Claims.Keys.Order(StringComparer.Ordinal)];

    private static readonly FrozenSet<string> Allowed = Keys.Select(k => k.Label).Concat(RelationshipTypes).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Returns <paramref name="name"/> when it is a label or type of the model; throws otherwise.</summary>
    public static string Checked(string name) =>
        Allowed.Contains(name) && SafeName().IsMatch(name)
            ? name
            : throw new ArgumentException($"'{name}' is not a label or relationship type of the graph model.", nameof(name));

    [GeneratedRegex("^[A-Z][A-Za-z0-9_]*$")]
    private static partial Regex SafeName();
}
