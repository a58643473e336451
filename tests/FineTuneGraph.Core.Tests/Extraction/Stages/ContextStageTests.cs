using FineTuneGraph.Extraction;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class ContextStageTests
{
    [Fact]
    public void Run_WePropose_CreatesAProposedLocalMethodAtEveryOccurrence()
    {
        using var work = WorkBefore(ContextStage.StageName, "T", "We propose ZetaTune for Llama 2. ZetaTune is fast.");
        Assert.Equal(["Model:llama-2:Llama 2"], Mentions(work));

        Stage(ContextStage.StageName).Run(work);

        Assert.Equal(["Method:zetatune:ZetaTune", "Model:llama-2:Llama 2", "Method:zetatune:ZetaTune"], Mentions(work));
        var zeta = work.Entities[("Method", "zetatune")];
        Assert.True(zeta.Proposed);
        Assert.True(zeta.Local);
    }

    [Fact]
    public void Run_WeProposeAKnownMethod_MarksItProposedWithoutANewEntity()
    {
        using var work = WorkBefore(ContextStage.StageName, "T", "We propose LoRA for Llama 2.");
        Assert.False(work.Entities[("Method", "lora")].Proposed);

        Stage(ContextStage.StageName).Run(work);

        Assert.True(work.Entities[("Method", "lora")].Proposed);
        Assert.Equal(["Method:lora:LoRA", "Model:llama-2:Llama 2"], Mentions(work));
        Assert.Empty(work.ContextTypes);
    }
}
