using System.Text.RegularExpressions;
using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Extraction;

public sealed class ExtractionPipelineTests
{
    private static Paper Paper(string id, string text) => new() { Id = id, Title = "", Abstract = text, Source = new SourceLocation("test.jsonl", Line: 1) };

    [Fact]
    public async Task ExtractAsync_ARuleTimesOutOnOnePaper_OnlyThatPaperFails()
    {
        // A pattern that backtracks exponentially on a run of x not followed by y, with a 1 ms budget (the atomic group
        // keeps the linear-engine pre-filter out of the way).
        var slow = new PatternRule("slow", EntityTypes.Method, new Regex("(x+x+)+(?>y)", RegexOptions.None, TimeSpan.FromMilliseconds(1)), null, "{0}",
            new Dictionary<string, string>(), 0, RuleScope.Text, new RuleSource("slow.yaml", 3, 5));
        var pack = TinyPack.Compile().Pack;
        var extractor = new Extractor(CompiledRulePack.Compile(pack with { Patterns = [.. pack.Patterns, slow] }));
        var papers = new[] { Paper("good-1", "We fine-tune Llama 2 with LoRA."), Paper("bad", new string('x', 40) + " y"), Paper("good-2", "We evaluate on GSM8K.") };

        var outcomes = await ExtractionPipeline.ExtractAsync(papers.ToAsyncEnumerable(), extractor, cancellationToken: TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["good-1", "bad", "good-2"], outcomes.Select(o => o.Paper.Id));
        Assert.Contains(outcomes[0].Extraction!.Entities, e => e.Key == "lora");
        Assert.Null(outcomes[1].Extraction);
        Assert.Contains("RegexMatchTimeoutException", outcomes[1].Failure, StringComparison.Ordinal);
        Assert.Contains(outcomes[2].Extraction!.Entities, e => e.Key == "gsm8k");
    }

    [Fact]
    public void ExtractBatch_KeepsInputOrderAcrossCores()
    {
        var extractor = new Extractor(TinyPack.Compile());
        var papers = Enumerable.Range(0, 300).Select(i => Paper($"p{i}", i % 2 == 0 ? "We use LoRA." : "We use GSM8K.")).ToArray();

        var outcomes = ExtractionPipeline.ExtractBatch(papers, extractor, degreeOfParallelism: 4, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(papers.Select(p => p.Id), outcomes.Select(o => o.Paper.Id));
        Assert.All(outcomes, o => Assert.Null(o.Failure));
    }
}
