using FineTuneGraph.Export;
using FineTuneGraph.Graph;

namespace FineTuneGraph.Core.Tests.Export;

public sealed class GraphPictureTests
{
    /// <summary>
    /// Three papers: p1 evaluates LoRA on GSM8K and trains it on Alpaca, p2 evaluates LoRA on GSM8K and states both
    /// relations for DPO on GSM8K, p3 evaluates DPO on MMLU and applies LoRA to Llama 2.
    /// </summary>
    internal static ExportedGraph SmallGraph(string? title = null)
    {
        var graph = new ExportedGraph();
        graph.Add(Paper("p1", title ?? "First paper", ["lora", "gsm8k", "alpaca"],
            [("EVALUATED_ON", "lora", "gsm8k"), ("TRAINED_ON", "lora", "alpaca")]));
        graph.Add(Paper("p2", "Second paper", ["lora", "dpo", "gsm8k"],
            [("EVALUATED_ON", "lora", "gsm8k"), ("EVALUATED_ON", "dpo", "gsm8k"), ("TRAINED_ON", "dpo", "gsm8k")]));
        graph.Add(Paper("p3", "Third paper", ["dpo", "mmlu", "llama-2", "lora"],
            [("EVALUATED_ON", "dpo", "mmlu"), ("APPLIED_TO", "lora", "llama-2")]));
        return graph;
    }

    internal static PaperGraph Paper(string id, string title, string[] entities, (string Type, string From, string To)[] claims)
    {
        static string LabelOf(string key) => key switch
        {
            "lora" or "dpo" => "Method",
            "llama-2" => "Model",
            _ => "Dataset",
        };

        static string NameOf(string key) => key switch
        {
            "lora" => "LoRA",
            "dpo" => "DPO",
            "gsm8k" => "GSM8K",
            "alpaca" => "Alpaca",
            "mmlu" => "MMLU",
            "llama-2" => "Llama 2",
            _ => key,
        };

        return new PaperGraph(
            id,
            new Dictionary<string, object?> { ["id"] = id, ["title"] = title },
            [],
            [.. entities.Select(k => new EntityNode(LabelOf(k), k, new Dictionary<string, object?> { ["key"] = k, ["name"] = NameOf(k), ["local"] = false }))],
            [.. entities.Select(k => new PaperEdge(GraphVocabulary.PaperEdgeFor[LabelOf(k)], LabelOf(k), k, new Dictionary<string, object?>()))],
            [],
            [.. claims.Select(c => new ClaimEvidence(c.Type, c.From, c.To, id, $"{id}: {NameOf(c.From)} {c.Type} {NameOf(c.To)}."))]);
    }

    [Fact]
    public void From_SmallGraph_CountsEachPaperOncePerCellAndRanksByPapers()
    {
        var picture = GraphPicture.From(SmallGraph());

        Assert.Equal(3, picture.CorpusPapers);
        Assert.Equal([("lora", "LoRA", 2), ("dpo", "DPO", 2)], picture.Methods.Select(m => (m.Key, m.Name, m.Papers)));
        Assert.Equal([("gsm8k", 2), ("alpaca", 1), ("mmlu", 1)], picture.Datasets.Select(d => (d.Key, d.Papers)));
        var matrix = picture.Cells.Select(c => (picture.Methods[c.Method].Name, picture.Datasets[c.Dataset].Name, string.Join(",", c.Papers), c.Evaluated, c.Trained));
        Assert.Equal(
            [
                ("LoRA", "GSM8K", "p1,p2", 2, 0),
                ("LoRA", "Alpaca", "p1", 0, 1),
                ("DPO", "GSM8K", "p2", 1, 1),
                ("DPO", "MMLU", "p3", 1, 0),
            ],
            matrix);
        var dpoGsm8k = picture.Cells.Single(c => c.Method == 1 && c.Dataset == 0);
        Assert.Equal([("p2", "EVALUATED_ON"), ("p2", "TRAINED_ON")], dpoGsm8k.Evidence.Select(e => (e.Paper, e.Type)));
        Assert.Equal("p2: DPO TRAINED_ON GSM8K.", dpoGsm8k.Evidence[1].Sentence);
        Assert.Equal("Second paper", picture.Titles["p2"]);
    }

    [Fact]
    public void From_SmallGraph_GraphHoldsTheMatrixEntitiesTheirModelsAndMergedEdges()
    {
        var picture = GraphPicture.From(SmallGraph());

        Assert.Equal(["Method LoRA 3", "Method DPO 2", "Dataset GSM8K 2", "Dataset Alpaca 1", "Dataset MMLU 1", "Model Llama 2 1"],
            picture.Nodes.Select(n => $"{n.Label} {n.Name} {n.Papers}"));
        var edges = picture.Edges.Select(e => $"{picture.Nodes[e.From].Name} {string.Join("/", e.Types)} {picture.Nodes[e.To].Name} {e.Papers}");
        Assert.Equal(["LoRA EVALUATED_ON GSM8K 2", "LoRA TRAINED_ON Alpaca 1", "LoRA APPLIED_TO Llama 2 1", "DPO EVALUATED_ON/TRAINED_ON GSM8K 1", "DPO EVALUATED_ON MMLU 1"], edges);
        Assert.All(picture.Nodes, n => Assert.InRange(n.X, n.Radius, picture.Width - n.Radius));
        Assert.All(picture.Nodes, n => Assert.InRange(n.Y, n.Radius, picture.Height - n.Radius));
        Assert.Equal("#F79767", picture.Colours["Method"]);
    }

    [Fact]
    public void From_SameGraphTwice_GivesTheSameLayout()
    {
        var first = GraphPicture.From(SmallGraph());
        var second = GraphPicture.From(SmallGraph());

        Assert.Equal(first.Nodes, second.Nodes);
    }

    [Fact]
    public void From_TopOne_KeepsOnlyTheBestMethodAndDataset()
    {
        var picture = GraphPicture.From(SmallGraph(), top: 1);

        Assert.Equal(["lora"], picture.Methods.Select(m => m.Key));
        Assert.Equal(["gsm8k"], picture.Datasets.Select(d => d.Key));
        Assert.Equal(["p1,p2"], picture.Cells.Select(c => string.Join(",", c.Papers)));
    }
}
