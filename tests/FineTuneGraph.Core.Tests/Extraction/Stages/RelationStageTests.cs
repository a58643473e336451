using System.Text.RegularExpressions;
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
    public void Run_PaperThatProposesNothing_OurExperimentsStandForTheMethodsItStudies()
    {
        var pack = WithStudied(@"\bwe compare\b");
        using var work = WorkBefore(RelationStage.StageName, "A Study", "Here we compare LoRA and SFT. Our method is tested with GSM8K.", pack);

        Stage(RelationStage.StageName, pack).Run(work);

        var evaluated = work.Relations.Where(r => r.Type == "EVALUATED_ON").ToArray();
        Assert.Equal([("lora", "gsm8k"), ("supervised-fine-tuning", "gsm8k")], evaluated.Select(r => (r.FromKey, r.ToKey)));
        Assert.All(evaluated, r => Assert.Equal("Here we compare LoRA and SFT. … Our method is tested with GSM8K.", r.Evidence));
    }

    [Theory]
    [InlineData("We propose ZetaTune. Here we compare LoRA and SFT. Our method is tested with GSM8K.", "zetatune")]
    [InlineData("Here LoRA and SFT are described. Our method is tested with GSM8K.", "")]
    public void Run_StudiedSentences_CountOnlyWhenThePaperProposesNothing(string text, string expected)
    {
        var pack = WithStudied(@"\bwe compare\b");
        using var work = WorkBefore(RelationStage.StageName, "A Study", text, pack);

        Stage(RelationStage.StageName, pack).Run(work);

        Assert.Equal(expected, string.Join(",", work.Relations.Where(r => r.Type == "EVALUATED_ON").Select(r => r.FromKey)));
    }

    private static CompiledRulePack WithStudied(string studied)
    {
        var tiny = Tiny.Pack;
        return CompiledRulePack.Compile(tiny with
        {
            Relations = [.. tiny.Relations.Select(r => r.Id == "on" ? r with { Studied = new Regex(studied) } : r)],
        });
    }

    [Fact]
    public void Run_BeforeTheEntityStage_ThrowsNamingIt()
    {
        using var work = WorkBefore(EntityStage.StageName, "T", "We apply LoRA on GSM8K.");

        var error = Assert.Throws<StageOrderException>(() => Stage(RelationStage.StageName).Run(work));

        Assert.Contains("'entities'", error.Message, StringComparison.Ordinal);
    }
}
