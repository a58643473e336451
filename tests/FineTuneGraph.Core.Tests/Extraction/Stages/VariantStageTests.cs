using FineTuneGraph.Extraction;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class VariantStageTests
{
    [Fact]
    public void Run_MethodJoinedToATag_BecomesALocalVariantThatTakesTheSpan()
    {
        using var work = WorkBefore(VariantStage.StageName, "T", "We use LoRA-Lite and LoRA.");
        Assert.Equal(["Method:lora:LoRA", "Method:lora:LoRA"], Mentions(work));

        Stage(VariantStage.StageName).Run(work);

        Assert.Equal(["Method:lora-lite:LoRA-Lite", "Method:lora:LoRA"], Mentions(work));
        Assert.True(work.Entities[("Method", "lora-lite")].Local);
        Assert.Contains(work.Rejections, r => r.Key == "lora" && r.Reason.Contains("'LoRA-Lite'", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_LowerCaseModifier_NamesNoVariant()
    {
        using var work = WorkBefore(VariantStage.StageName, "T", "We use LoRA-based tuning.");

        Stage(VariantStage.StageName).Run(work);

        Assert.Equal(["Method:lora:LoRA"], Mentions(work));
    }
}
