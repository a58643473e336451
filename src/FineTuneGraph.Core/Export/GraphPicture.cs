using FineTuneGraph.Browser;
using FineTuneGraph.Graph;

namespace FineTuneGraph.Export;

/// <summary>A method or dataset of the heat map: its key, name, and the papers of its cells (each paper once).</summary>
public sealed record PictureEntity(string Key, string Name, int Papers);

/// <summary>
/// One cell of the heat map: the papers that evaluate or train the method on the dataset (each paper once, sorted),
/// how many state each relation, and a few evidence sentences.
/// </summary>
public sealed record PictureCell(int Method, int Dataset, IReadOnlyList<string> Papers, int Evaluated, int Trained, IReadOnlyList<PictureEvidence> Evidence);

/// <summary>A paper's sentence that states a relation of a cell or edge.</summary>
public sealed record PictureEvidence(string Paper, string Type, string Sentence);

/// <summary>A node of the graph view, placed by <see cref="GraphLayout"/>; <see cref="Papers"/> counts the papers that mention it.</summary>
public sealed record PictureNode(string Label, string Key, string Name, int Papers, double X, double Y, double Radius);

/// <summary>An edge of the graph view between two nodes (indexes), with the relation types it stands for and their papers.</summary>
public sealed record PictureEdge(int From, int To, IReadOnlyList<string> Types, int Papers);

/// <summary>
/// What <c>graph.html</c> draws, computed from the same <see cref="ExportedGraph"/> the CSVs and the Cypher script
/// are written from: the method × dataset matrix of EVALUATED_ON and TRAINED_ON (top methods and datasets by papers),
/// and the graph of those methods and datasets with the models they are applied to, laid out here, not in the page.
/// </summary>
public sealed record GraphPicture(
    int CorpusPapers,
    IReadOnlyList<PictureEntity> Methods,
    IReadOnlyList<PictureEntity> Datasets,
    IReadOnlyList<PictureCell> Cells,
    IReadOnlyList<PictureNode> Nodes,
    IReadOnlyList<PictureEdge> Edges,
    IReadOnlyDictionary<string, string> Colours,
    IReadOnlyDictionary<string, string> Titles,
    double Width,
    double Height)
{
    /// <summary>Methods and datasets shown at most (rows and columns of the heat map).</summary>
    public const int DefaultTop = 30;

    /// <summary>Models shown at most in the graph view.</summary>
    public const int TopModels = 15;

    /// <summary>Evidence sentences kept per cell: enough to read why, bounded so a large corpus stays a small page.</summary>
    public const int EvidencePerCell = 5;

    private static readonly string[] MatrixTypes = ["EVALUATED_ON", "TRAINED_ON"];
    private static readonly string[] MethodMethodTypes = ["COMPARED_WITH", "OUTPERFORMS"];

    /// <summary>The picture of <paramref name="graph"/> with at most <paramref name="top"/> methods and datasets.</summary>
    public static GraphPicture From(ExportedGraph graph, int top = DefaultTop)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var names = new Dictionary<(string Label, string Key), string>();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes())
        {
            if (node.Label == GraphVocabulary.Paper)
            {
                titles[node.Key] = node.Properties.GetValueOrDefault("title") as string ?? node.Key;
            }
            else if (node.Properties.GetValueOrDefault("name") is string name)
            {
                names[(node.Label, node.Key)] = name;
            }
        }

        var mentions = new Dictionary<(string Label, string Key), HashSet<string>>();
        var pairs = new Dictionary<(string Method, string Dataset), CellBuilder>();
        var claims = new List<ExportRelationship>();
        foreach (var relationship in graph.Relationships())
        {
            if (relationship.FromLabel == GraphVocabulary.Paper && relationship.ToLabel != GraphVocabulary.Author && relationship.ToLabel != GraphVocabulary.Finding)
            {
                Set(mentions, (relationship.ToLabel, relationship.ToKey)).Add(relationship.FromKey);
            }
            else if (Array.IndexOf(MatrixTypes, relationship.Type) >= 0)
            {
                var cell = pairs.TryGetValue((relationship.FromKey, relationship.ToKey), out var found) ? found : pairs[(relationship.FromKey, relationship.ToKey)] = new CellBuilder();
                cell.Add(relationship.Type, Strings(relationship.Properties, "papers"), Strings(relationship.Properties, "evidences"));
            }
            else if (GraphVocabulary.Claims.ContainsKey(relationship.Type))
            {
                claims.Add(relationship);
            }
        }

        int MentionPapers(string label, string key) => mentions.TryGetValue((label, key), out var papers) ? papers.Count : 0;
        List<PictureEntity> Top(string label, Func<(string Method, string Dataset), string> keyOf)
        {
            var papers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (var (pair, cell) in pairs)
            {
                Set(papers, keyOf(pair)).UnionWith(cell.Papers);
            }

            return [.. papers.OrderByDescending(p => p.Value.Count).ThenByDescending(p => MentionPapers(label, p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(top).Select(p => new PictureEntity(p.Key, names.GetValueOrDefault((label, p.Key), p.Key), p.Value.Count))];
        }

        var methods = Top("Method", p => p.Method);
        var datasets = Top("Dataset", p => p.Dataset);
        var methodIndex = methods.Select((m, i) => (m.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        var datasetIndex = datasets.Select((d, i) => (d.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        var cells = pairs.Where(p => methodIndex.ContainsKey(p.Key.Method) && datasetIndex.ContainsKey(p.Key.Dataset))
            .Select(p => p.Value.ToCell(methodIndex[p.Key.Method], datasetIndex[p.Key.Dataset]))
            .OrderBy(c => c.Method).ThenBy(c => c.Dataset).ToList();

        var models = claims.Where(c => c.Type == "APPLIED_TO" && methodIndex.ContainsKey(c.FromKey))
            .GroupBy(c => c.ToKey, StringComparer.Ordinal)
            .Select(g => (Key: g.Key, Papers: g.SelectMany(c => Strings(c.Properties, "papers")).Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(m => m.Papers).ThenBy(m => m.Key, StringComparer.Ordinal).Take(TopModels).ToList();

        var nodes = new List<(string Label, string Key)>();
        nodes.AddRange(methods.Select(m => ("Method", m.Key)));
        nodes.AddRange(datasets.Select(d => ("Dataset", d.Key)));
        nodes.AddRange(models.Select(m => ("Model", m.Key)));
        var nodeIndex = nodes.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i);
        var edges = new SortedDictionary<(int From, int To), (SortedSet<string> Types, HashSet<string> Papers)>();
        void AddEdge(int from, int to, string type, IEnumerable<string> papers)
        {
            if (!edges.TryGetValue((from, to), out var edge))
            {
                edges[(from, to)] = edge = (new SortedSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            }

            edge.Types.Add(type);
            edge.Papers.UnionWith(papers);
        }

        foreach (var cell in cells)
        {
            var types = new List<string>();
            if (cell.Evaluated > 0) types.Add("EVALUATED_ON");
            if (cell.Trained > 0) types.Add("TRAINED_ON");
            foreach (var type in types)
            {
                AddEdge(cell.Method, methods.Count + cell.Dataset, type, cell.Papers);
            }
        }

        foreach (var claim in claims)
        {
            var toLabel = claim.Type == "APPLIED_TO" ? "Model" : Array.IndexOf(MethodMethodTypes, claim.Type) >= 0 ? "Method" : null;
            if (toLabel is not null && nodeIndex.TryGetValue(("Method", claim.FromKey), out var from) && nodeIndex.TryGetValue((toLabel, claim.ToKey), out var to) && from != to)
            {
                AddEdge(from, to, claim.Type, Strings(claim.Properties, "papers"));
            }
        }

        var pictureEdges = edges.Select(e => new PictureEdge(e.Key.From, e.Key.To, [.. e.Value.Types], e.Value.Papers.Count)).ToList();
        var radii = nodes.Select(n => Radius(MentionPapers(n.Label, n.Key))).ToArray();
        var layout = GraphLayout.Place(radii, [.. pictureEdges.Select(e => (e.From, e.To))]);
        var pictureNodes = nodes.Select((n, i) => new PictureNode(n.Label, n.Key, names.GetValueOrDefault(n, n.Key), MentionPapers(n.Label, n.Key), layout.Positions[i].X, layout.Positions[i].Y, radii[i])).ToList();

        var shownTitles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var evidence in cells.SelectMany(c => c.Evidence))
        {
            shownTitles[evidence.Paper] = titles.GetValueOrDefault(evidence.Paper, evidence.Paper);
        }

        return new GraphPicture(graph.PaperCount, methods, datasets, cells, pictureNodes, pictureEdges, LabelColours(), shownTitles, layout.Width, layout.Height);
    }

    /// <summary>One colour per label, those of cypher/browser/style.grass, so the page looks like the Browser.</summary>
    public static IReadOnlyDictionary<string, string> LabelColours()
    {
        var sheet = GraphStyleSheet.Parse(BrowserAssets.StyleSheet);
        var fallback = sheet["node"]?.GetValueOrDefault("color") ?? "#A5ABB6";
        return new[] { "Method", "Dataset", "Model" }.ToDictionary(l => l, l => sheet["node." + l]?.GetValueOrDefault("color") ?? fallback, StringComparer.Ordinal);
    }

    private static double Radius(int papers) => Math.Round(Math.Min(6 + (3 * Math.Sqrt(papers)), 30), 1);

    private static HashSet<string> Set<TKey>(Dictionary<TKey, HashSet<string>> sets, TKey key)
        where TKey : notnull
    {
        if (!sets.TryGetValue(key, out var set))
        {
            sets[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }

    private static string[] Strings(IReadOnlyDictionary<string, object?> properties, string name) =>
        properties.GetValueOrDefault(name) as string[] ?? [];

    private sealed class CellBuilder
    {
        private readonly SortedDictionary<string, List<(string Type, string Sentence)>> _evidence = new(StringComparer.Ordinal);
        private int _evaluated;
        private int _trained;

        public IEnumerable<string> Papers => _evidence.Keys;

        public void Add(string type, string[] papers, string[] evidences)
        {
            if (type == "EVALUATED_ON")
            {
                _evaluated += papers.Length;
            }
            else
            {
                _trained += papers.Length;
            }

            for (var i = 0; i < papers.Length; i++)
            {
                if (!_evidence.TryGetValue(papers[i], out var list))
                {
                    _evidence[papers[i]] = list = [];
                }

                list.Add((type, i < evidences.Length ? evidences[i] : string.Empty));
            }
        }

        public PictureCell ToCell(int method, int dataset) => new(method, dataset, [.. _evidence.Keys], _evaluated, _trained,
            [.. _evidence.SelectMany(p => p.Value.Select(e => new PictureEvidence(p.Key, e.Type, e.Sentence))).Take(EvidencePerCell)]);
    }
}
