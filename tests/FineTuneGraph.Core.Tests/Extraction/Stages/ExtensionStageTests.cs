using FineTuneGraph.Extraction;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class ExtensionStageTests
{
    [Fact]
    public void Run_ModelFollowedByASize_GrowsIntoTheSizedModel()
    {
        using var work = WorkBefore(ExtensionStage.StageName, "T", "We tune Llama 2 7B with LoRA.");
        Assert.Contains("Model:llama-2:Llama 2", Mentions(work));

        Stage(ExtensionStage.StageName).Run(work);

        Assert.Equal(["Model:llama-2-7b:Llama 2 7B", "Method:lora:LoRA"], Mentions(work));
        Assert.Equal("Llama 2 7B", work.Entities[("Model", "llama-2-7b")].Name);
    }

    [Fact]
    public void Run_BeforeOverlapsAreResolved_ThrowsNamingTheOverlapStage()
    {
        using var work = WorkBefore(OverlapStage.StageName, "T", "We tune Llama 2 7B.");

        var error = Assert.Throws<StageOrderException>(() => Stage(ExtensionStage.StageName).Run(work));

        Assert.Contains("'overlaps'", error.Message, StringComparison.Ordinal);
    }
}
