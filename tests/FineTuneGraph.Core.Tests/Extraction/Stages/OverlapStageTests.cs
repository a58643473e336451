using FineTuneGraph.Extraction;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class OverlapStageTests
{
    [Fact]
    public void Run_OverlappingCandidates_AcceptsTheLongerAndRejectsTheOther()
    {
        using var work = WorkBefore(OverlapStage.StageName, "T", "We use Llama 2 now.");
        work.Candidates.Add(new Candidate("Model", "llama", "Llama", 7, 12, 0, CandidateOrigin.Pattern, "pattern:short", "test", Extractor.NoAttributes));

        Stage(OverlapStage.StageName).Run(work);

        Assert.Equal(["Model:llama-2:Llama 2"], Mentions(work));
        var lost = Assert.Single(work.Rejections);
        Assert.Equal("lost an overlap to Model 'Llama 2' (dict:llama-2)", lost.Reason);
    }

    [Fact]
    public void Run_ThenACandidateStage_Throws()
    {
        using var work = WorkBefore(OverlapStage.StageName, "T", "We use Llama 2 now.");
        Stage(OverlapStage.StageName).Run(work);

        Assert.Throws<InvalidOperationException>(() => Stage(PatternStage.StageName).Run(work));
    }
}
