using FineTuneGraph.Corpus;
using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Extraction;
using FineTuneGraph.Graph;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Graph;

public sealed class GraphStatementsTests
{
    private static readonly Lazy<Extractor> DefaultExtractor = new(() => new Extractor(CompiledRulePack.Compile(RulePackLoader.Load(CorpusTestKit.Repository("rules")))));

    [Theory]
    [InlineData("Method`) DETACH DELETE n //")]
    [InlineData("Method:Admin")]
    [InlineData("Person")]
    [InlineData("")]
    public void Checked_NameOutsideTheModel_IsRefused(string name) =>
        Assert.Throws<ArgumentException>(() => GraphVocabulary.Checked(name));

    [Fact]
    public void BatchStatements_CarryValuesOnlyAsParametersAndLabelsOnlyFromTheModel()
    {
        var paper = new Paper { Id = "p1", Title = "A 'quoted' } title", Abstract = "We evaluate LoRA on GSM8K with Llama 2. LoRA improves accuracy by 4%.", Source = new SourceLocation("t.jsonl") };
        var graph = PaperGraphProjector.Project(DefaultExtractor.Value.Extract(paper), "hash");

        var statements = GraphBatchStatements.For([graph]);

        Assert.All(statements, s =>
        {
            Assert.DoesNotContain("quoted", s.Text, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\b(ENTITY_LABEL|PAPER_EDGE|FROM_LABEL|TO_LABEL|CLAIM_TYPE)\b", s.Text);
        });
        Assert.Contains(statements, s => s.Text.Contains("MERGE (n:Method {key: row.key})", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Text.Contains("CREATE (p)-[r:USES_DATASET]->(n)", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Text.Contains("MERGE (a)-[r:EVALUATED_ON]->(b)", StringComparison.Ordinal));
    }

    [Fact]
    public void Projection_GivesEveryMentionItsSentenceSpanRuleAndTheEvidenceAsWritten()
    {
        var paper = new Paper { Id = "p1", Title = "A Study", Abstract = "We fine\u2013tune with LoRA. Then LoRA\u00a0helps.", Source = new SourceLocation("t.jsonl") };

        var graph = PaperGraphProjector.Project(DefaultExtractor.Value.Extract(paper), "hash");

        var edge = Assert.Single(graph.PaperEdges, e => e.Key == "lora");
        Assert.Equal([1L, 2L], (long[])edge.Properties["sentences"]!);
        Assert.Equal([18L, 29L], (long[])edge.Properties["starts"]!);
        Assert.Equal(["dict:lora", "dict:lora"], (string[])edge.Properties["rules"]!);
        Assert.Equal("We fine\u2013tune with LoRA.", edge.Properties["evidence"]);
        Assert.Equal("hash", graph.PaperProperties["rulesHash"]);
    }
}
