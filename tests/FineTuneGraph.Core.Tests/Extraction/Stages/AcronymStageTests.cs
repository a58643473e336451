using FineTuneGraph.Extraction;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class AcronymStageTests
{
    [Fact]
    public void Run_KnownLongForm_LendsItsEntityToTheAcronymEverywhere()
    {
        using var work = WorkBefore(AcronymStage.StageName, "T", "Hard mathematical reasoning (MR) is studied. Later MR helps.");
        Assert.Equal(["Task:mathematical-reasoning:mathematical reasoning"], Mentions(work));

        Stage(AcronymStage.StageName).Run(work);

        Assert.Equal(
            ["Task:mathematical-reasoning:mathematical reasoning", "Task:mathematical-reasoning:MR", "Task:mathematical-reasoning:MR"],
            Mentions(work));
        Assert.Empty(work.PendingAcronyms);
    }

    [Fact]
    public void Run_DefinitionWithUnknownHead_IsLeftPendingForTheSecondLook()
    {
        using var work = WorkBefore(AcronymStage.StageName, "T", "The Blue Whale Thing (BWT) is large.");

        Stage(AcronymStage.StageName).Run(work);

        var pending = Assert.Single(work.PendingAcronyms);
        Assert.Equal("BWT", work.Document.Text[pending.ShortStart..pending.ShortEnd]);
        Assert.Empty(Mentions(work));
        Assert.Empty(work.Rejections);
    }
}
