using FineTuneGraph.Extraction;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class AddressStageTests
{
    [Fact]
    public void Run_MentionInsideAWebAddress_IsRemovedAndRejected()
    {
        using var work = WorkBefore(AddressStage.StageName, "T", "We use LoRA. Code: https://github.com/x/BERT-tools.");
        Assert.Equal(["Method:lora:LoRA", "Model:bert:BERT"], Mentions(work));

        Stage(AddressStage.StageName).Run(work);

        Assert.Equal(["Method:lora:LoRA"], Mentions(work));
        var rejection = Assert.Single(work.Rejections);
        Assert.Equal(("bert", "inside a web address"), (rejection.Key, rejection.Reason));
    }
}
