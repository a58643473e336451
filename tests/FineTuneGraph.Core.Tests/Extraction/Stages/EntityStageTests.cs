using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class EntityStageTests
{
    private static readonly CompiledRulePack WithGeneric = CompiledRulePack.Compile(Tiny.Pack with
    {
        Generic = [new GenericTerm("language model", new RuleSource("t", 1, 1))],
    });

    [Fact]
    public void Run_AcceptedMentions_BecomeOneEntityPerKeyAndGenericsAreDropped()
    {
        using var work = WorkBefore(EntityStage.StageName, "T", "We apply LoRA to a language model. Then LoRA again.", WithGeneric);

        Stage(EntityStage.StageName, WithGeneric).Run(work);

        var lora = Assert.Single(work.ExtractedEntities);
        Assert.Equal(("lora", 2), (lora.Key, lora.Mentions.Count));
        Assert.Contains(work.Rejections, r => r.Reason.EndsWith("never an entity (generic list)", StringComparison.Ordinal));
        Assert.Equal([null, [lora.Mentions[0]], [lora.Mentions[1]]], work.MentionsBySentence);
    }

    [Fact]
    public void Run_ThenAStageThatChangesMentions_Throws()
    {
        using var work = WorkBefore(EntityStage.StageName, "T", "We apply LoRA.");
        Stage(EntityStage.StageName).Run(work);

        var error = Assert.Throws<InvalidOperationException>(() => Stage(VariantStage.StageName).Run(work));

        Assert.Contains("'entities'", error.Message, StringComparison.Ordinal);
    }
}
