using FineTuneGraph.Extraction;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class AcronymsAgainStageTests
{
    [Fact]
    public void Run_DefinitionStillUnplaceable_IsRejectedWithTheHeadWord()
    {
        using var work = WorkBefore(AcronymsAgainStage.StageName, "T", "The Blue Whale Thing (BWT) is large.");
        Assert.Single(work.PendingAcronyms);

        Stage(AcronymsAgainStage.StageName).Run(work);

        var rejection = Assert.Single(work.Rejections);
        Assert.Equal("acronym", rejection.RuleId);
        Assert.Contains("head word 'thing'", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ShortFormCreatedByAContextRule_LendsItsEntityToTheLongForm()
    {
        using var work = WorkBefore(AcronymsAgainStage.StageName, "T", "The Blue Whale Thing (BWT) is large. We propose BWT.");

        Assert.DoesNotContain("Method:bwt:Blue Whale Thing", Mentions(work));

        Stage(AcronymsAgainStage.StageName).Run(work);

        Assert.Contains("Method:bwt:Blue Whale Thing", Mentions(work));
        Assert.DoesNotContain(work.Rejections, r => r.RuleId == "acronym");
    }

    [Fact]
    public void Run_BeforeTheContextStage_ThrowsNamingIt()
    {
        using var work = WorkBefore(ContextStage.StageName, "T", "The Blue Whale Thing (BWT) is large.");

        var error = Assert.Throws<StageOrderException>(() => Stage(AcronymsAgainStage.StageName).Run(work));

        Assert.Contains("'contexts'", error.Message, StringComparison.Ordinal);
    }
}
