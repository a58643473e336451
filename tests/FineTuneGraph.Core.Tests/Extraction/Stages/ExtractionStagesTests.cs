using FineTuneGraph.Extraction;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class ExtractionStagesTests
{
    [Fact]
    public void Default_ListsTheStagesInTheirOrder()
    {
        Assert.Equal(
            ["dictionary", "patterns", "overlaps", "extensions", "acronyms", "contexts", "acronyms-again", "variants", "addresses", "entities", "relations", "findings"],
            ExtractionStages.Default(Tiny).Select(stage => stage.Name));
    }

    [Fact]
    public void Default_RunInSequence_GiveWhatTheExtractorReturns()
    {
        const string text = "We propose ZetaTune (ZT), applied to Llama 2 7B. ZT improves accuracy on GSM8K by 5.2% over LoRA.";
        using var work = WorkBefore(FindingStage.StageName, "ZT: Zeta Tuning", text);
        Stage(FindingStage.StageName).Run(work);

        var extraction = new Extractor(Tiny).Extract(Paper("ZT: Zeta Tuning", text));

        Assert.Equal(extraction.Entities.Select(e => (e.Key, e.Mentions.Count)), work.ExtractedEntities.Select(e => (e.Key, e.Mentions.Count)));
        Assert.Equal(extraction.Relations.Select(r => (r.Type, r.FromKey, r.ToKey)), work.Relations.Select(r => (r.Type, r.FromKey, r.ToKey)));
        Assert.Equal(extraction.Findings.Count, work.Findings.Count);
        Assert.NotEmpty(work.Relations);
    }

    [Theory]
    [InlineData("acronyms-again", "acronyms")]
    [InlineData("relations", "overlaps")]
    [InlineData("findings", "acronyms")]
    [InlineData("overlaps", "dictionary")]
    public void Stage_RunRightAfterAnEarlierStageThanItNeeds_FailsLoudly(string stage, string lastRun)
    {
        using var work = WorkBefore(lastRun, "T", "We propose ZetaTune (ZT). ZT improves accuracy on GSM8K by 5.2%.");
        Stage(lastRun).Run(work);

        Assert.ThrowsAny<InvalidOperationException>(() => Stage(stage).Run(work));
    }
}
