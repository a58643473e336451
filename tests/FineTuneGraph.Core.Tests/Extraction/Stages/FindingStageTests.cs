using FineTuneGraph.Extraction;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class FindingStageTests
{
    [Fact]
    public void Run_ClaimSentence_BecomesAFindingWithItsValueAndEntities()
    {
        using var work = WorkBefore(FindingStage.StageName, "T", "Setup follows prior work. LoRA improves accuracy on GSM8K by 5.2%.");

        Stage(FindingStage.StageName).Run(work);

        var finding = Assert.Single(work.Findings);
        Assert.Equal("5.2%", Assert.Single(finding.Values).Text);
        Assert.Equal((FindingDirection.Up, "accuracy"), (finding.Direction, finding.MetricKey));
        Assert.Equal(["lora"], finding.MethodKeys);
        Assert.Equal(["gsm8k"], finding.DatasetKeys);
    }
}
