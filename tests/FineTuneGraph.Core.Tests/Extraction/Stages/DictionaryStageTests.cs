using FineTuneGraph.Extraction;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class DictionaryStageTests
{
    [Fact]
    public void Run_AliasesInTheText_BecomeCandidatesAndSetLowerWords()
    {
        using var work = WorkBefore(DictionaryStage.StageName, "T", "We apply Low-Rank Adaptation to Llama 2.");

        Stage(DictionaryStage.StageName).Run(work);

        Assert.Equal(["lora", "llama-2"], work.Candidates.Select(c => c.Key));
        Assert.Equal(work.Document.Tokens.Count, work.LowerWords.Length);
        Assert.Empty(work.Mentions.InOrder());
    }

    [Fact]
    public void Run_CandidateInsideAnExclusion_IsRejectedNotACandidate()
    {
        using var work = WorkBefore(DictionaryStage.StageName, "T", "We solve MATH problems quickly.");

        Stage(DictionaryStage.StageName).Run(work);

        Assert.DoesNotContain(work.Candidates, c => c.Key == "math-dataset");
        Assert.Contains(work.Rejections, r => r.Key == "math-dataset" && r.Reason.StartsWith("excluded by", StringComparison.Ordinal));
    }

    [Fact]
    public void LowerWords_BeforeTheDictionaryStage_ThrowsNamingIt()
    {
        using var work = WorkBefore(DictionaryStage.StageName, "T", "We apply LoRA.");

        var error = Assert.Throws<StageOrderException>(() => work.LowerWords);

        Assert.Contains("'dictionary'", error.Message, StringComparison.Ordinal);
    }
}
