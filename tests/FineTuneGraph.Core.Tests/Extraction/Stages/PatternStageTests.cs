using System.Text.RegularExpressions;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class PatternStageTests
{
    private static readonly CompiledRulePack WithZephyr = CompiledRulePack.Compile(Tiny.Pack with
    {
        Patterns = [.. Tiny.Pack.Patterns, new PatternRule("zephyr", EntityTypes.Model, new Regex(@"\bZephyr-\d+\b"), null, "{match}",
            new Dictionary<string, string>(), 0, RuleScope.Text, new RuleSource("t", 1, 1))],
    });

    [Fact]
    public void Run_StandalonePatternMatch_IsAddedAfterTheDictionaryCandidates()
    {
        using var work = WorkBefore(PatternStage.StageName, "T", "We tune Zephyr-7 with LoRA.", WithZephyr);

        Stage(PatternStage.StageName, WithZephyr).Run(work);

        Assert.Equal([("lora", CandidateOrigin.Dictionary), ("zephyr-7", CandidateOrigin.Pattern)], work.Candidates.Select(c => (c.Key, c.Origin)));
        Assert.Equal("pattern:zephyr", work.Candidates[1].RuleId);
    }

    [Fact]
    public void Run_BeforeTheDictionaryStage_ThrowsNamingIt()
    {
        using var work = new ExtractionWork(new PaperDocument(Paper("T", "We tune Zephyr-7.")), null);

        var error = Assert.Throws<StageOrderException>(() => Stage(PatternStage.StageName, WithZephyr).Run(work));

        Assert.Contains("'dictionary'", error.Message, StringComparison.Ordinal);
    }
}
