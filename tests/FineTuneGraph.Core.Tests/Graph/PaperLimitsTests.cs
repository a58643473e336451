using FineTuneGraph.Corpus;
using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Extraction;
using FineTuneGraph.Graph;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Graph;

public sealed class PaperLimitsTests
{
    private static readonly Lazy<Extractor> DefaultExtractor = new(() => new Extractor(CompiledRulePack.Compile(RulePackLoader.Load(CorpusTestKit.Repository("rules")))));

    private static Paper Paper(IReadOnlyList<string> authors, string text = "We evaluate LoRA on GSM8K.") =>
        new() { Id = "p1", Title = "A Study", Abstract = text, Source = new SourceLocation("t.jsonl", 1), Authors = authors };

    [Fact]
    public void Project_HundredThousandAuthors_KeepsTheFirstFiveThousandAndSaysSo()
    {
        var authors = Enumerable.Range(1, 100_000).Select(i => $"Author {i}").ToArray();

        var graph = PaperGraphProjector.Project(DefaultExtractor.Value.Extract(Paper(authors)), "hash");

        Assert.Equal(PaperLimits.MaxAuthors, graph.Authors.Count);
        Assert.Equal("Author 1", graph.Authors[0]);
        Assert.Equal($"Author {PaperLimits.MaxAuthors}", graph.Authors[^1]);
        Assert.Equal("authors: 100,000, only the first 5,000 kept", Assert.Single(graph.Cuts));
    }

    [Fact]
    public void Project_AHugeAuthorName_IsCut()
    {
        var graph = PaperGraphProjector.Project(DefaultExtractor.Value.Extract(Paper([new string('x', 1_000_000), "Ada Lovelace"])), "hash");

        Assert.Equal([new string('x', PaperLimits.MaxAuthorNameLength), "Ada Lovelace"], graph.Authors);
        Assert.Contains(graph.Cuts, c => c.StartsWith("author names cut", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_ARealPaper_IsNotCut_AndCountsItsRows()
    {
        var graph = PaperGraphProjector.Project(DefaultExtractor.Value.Extract(Paper(["Ada Lovelace", "Alan Turing"], "We fine-tune Llama 2 with LoRA and evaluate it on GSM8K. LoRA improves accuracy by 4%.")), "hash");

        Assert.Empty(graph.Cuts);
        Assert.Equal(1 + 2 + graph.Entities.Count + graph.PaperEdges.Count + graph.Findings.Count + graph.Findings.Sum(f => f.About.Count) + graph.Claims.Count, graph.Rows);
    }

    [Fact]
    public void Project_AnEntityMentionedMoreThanTheLimit_KeepsTheFirstMentionsAndTheCount()
    {
        var text = string.Join(" ", Enumerable.Repeat("We use LoRA.", 250));

        var graph = PaperGraphProjector.Project(DefaultExtractor.Value.Extract(Paper([], text)), "hash");

        var edge = Assert.Single(graph.PaperEdges, e => e.Key == "lora");
        Assert.Equal(PaperLimits.MaxMentionsPerEdge, ((long[])edge.Properties["starts"]!).Length);
        Assert.Equal(250L, edge.Properties["mentions"]);
    }
}
