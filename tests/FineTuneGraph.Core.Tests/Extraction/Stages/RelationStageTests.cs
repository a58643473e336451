using FineTuneGraph.Extraction;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class RelationStageTests
{
    [Fact]
    public void Run_EntitiesInACueSentence_AreRelatedAndTheProposalIsAdded()
    {
        using var work = WorkBefore(RelationStage.StageName, "T", "We propose ZetaTune. We apply ZetaTune on GSM8K.");

        Stage(RelationStage.StageName).Run(work);

        Assert.Equal(
            [("PROPOSES", "t", "zetatune"), ("EVALUATED_ON", "zetatune", "gsm8k")],
            work.Relations.Select(r => (r.Type, r.FromKey, r.ToKey)));
    }

    [Fact]
    public void Run_BeforeTheEntityStage_ThrowsNamingIt()
    {
        using var work = WorkBefore(EntityStage.StageName, "T", "We apply LoRA on GSM8K.");

        var error = Assert.Throws<StageOrderException>(() => Stage(RelationStage.StageName).Run(work));

        Assert.Contains("'entities'", error.Message, StringComparison.Ordinal);
    }
}
