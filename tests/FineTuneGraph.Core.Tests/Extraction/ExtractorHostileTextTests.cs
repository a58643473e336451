using System.Text.RegularExpressions;
using FineTuneGraph.Benchmarks;
using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Extraction;

/// <summary>
/// The default pack on text shapes that once made extraction quadratic or worse, each at a size that took main
/// seconds to minutes (in brackets) and now takes milliseconds (bench: <c>hostile</c>). The timeout only guards
/// against a hang; the assertions check that the output is still what the text says.
/// </summary>
public sealed class ExtractorHostileTextTests
{
    private const int HangGuard = 30_000;

    private static readonly Lazy<Extractor> DefaultPack = new(() => new Extractor(CompiledRulePack.Compile(RulePackLoader.Load(CorpusTestKit.Repository("rules")))));

    [Fact(Timeout = HangGuard)]
    public async Task Extract_HyphenChainOfMethods_EveryLinkIsAMentionAndNoVariant()
    {
        // main: 19 s
        var (text, result) = await ExtractAsync("lora-hyphen-chain", 100_000);

        var lora = Assert.Single(result.Entities);
        Assert.Equal(("lora", Count(text, "LoRA")), (lora.Key, lora.Mentions.Count));
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_OneAcronymDefinedThousandsOfTimes_BothFormsOfEveryDefinitionAreMentions()
    {
        // main: 7 s
        var (text, result) = await ExtractAsync("acronym-definition-repeated", 200_000);

        var lora = Assert.Single(result.Entities);
        Assert.Equal(Count(text, "Low-Rank Adaptation") + Count(text, "(LoRA)"), lora.Mentions.Count);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_ProposalsGluedIntoOneSentence_OneProposedNameWithEveryOccurrence()
    {
        // main: 10 s
        var (text, result) = await ExtractAsync("we-propose-glued", 200_000);

        var proposed = Assert.Single(result.Entities);
        Assert.True(proposed.Proposed);
        Assert.Equal(Count(text, "XWe"), proposed.Mentions.Count);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_ThousandsOfDistinctProposals_EachIsAProposedMethod()
    {
        // main: 10 s
        var (text, result) = await ExtractAsync("we-propose-distinct-names", 200_000);

        Assert.Equal(CountMatches(text, @"We propose ZetaNet\d"), result.Entities.Count);
        Assert.All(result.Entities, e => Assert.True(e.Proposed && e.Local && e.Mentions.Count == 1));
        Assert.Equal(result.Entities.Count, result.Relations.Count(r => r.Type == "PROPOSES"));
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_ThousandsOfDistinctAcronymDefinitions_MostBecomeEntitiesWithBothForms()
    {
        // main: 4.8 s
        var (text, result) = await ExtractAsync("acronym-definitions-distinct", 100_000);

        var definitions = CountMatches(text, @"Optimization \([A-Z]+\)");
        var defined = result.Entities.Count(e => e.Local && e.Type == "Method" && e.Mentions.Count == 2);
        Assert.InRange(defined, definitions * 9 / 10, definitions);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_ProposalsEachWithADataset_EveryProposalIsEvaluatedOnIt()
    {
        var (text, result) = await ExtractAsync("proposals-with-dataset", 200_000);

        var proposals = CountMatches(text, @"ZetaNet\d+ on GSM8K\b");
        Assert.Equal(proposals, result.Relations.Count(r => r.Type == "PROPOSES"));
        Assert.Equal(proposals, result.Relations.Count(r => r.Type == "EVALUATED_ON" && r.ToKey == "gsm8k"));
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_GluedWebAddresses_NothingInsideIsAMention()
    {
        // main: 6 s
        var (_, result) = await ExtractAsync("glued-web-addresses", 200_000);

        Assert.Empty(result.Entities);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_CalledNameOfAHundredKilobytes_TheNameClaimsEveryMethodInIt()
    {
        // main: 3.6 s at 100 KB, 69 s at 200 KB (2 GB of rejection reasons)
        var (text, result) = await ExtractAsync("called-hyphen-chain", 100_000);

        var name = Assert.Single(result.Entities);
        Assert.True(name.Proposed);
        Assert.Equal(Count(text, "LoRA"), result.Rejections.Count(r => r.Key == "lora" && r.Reason.StartsWith("inside the name", StringComparison.Ordinal)));
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_PairRepeatedWithoutACue_MentionsFoundAndNoRelation()
    {
        // main: 2.4 s
        var (text, result) = await ExtractAsync("quoted-names", 200_000);

        Assert.Equal(Count(text, "LoRA"), result.Entities.Single(e => e.Key == "lora").Mentions.Count);
        Assert.Equal(Count(text, "GSM8K"), result.Entities.Single(e => e.Key == "gsm8k").Mentions.Count);
        Assert.Empty(result.Relations);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_ExcludedAliasInOneHugeSentence_EveryExcludedCandidateIsRejected()
    {
        // main: 2.1 s
        var (text, result) = await ExtractAsync("excluded-aliases", 400_000);

        Assert.Equal(Count(text, "and precision"), result.Entities.Single(e => e.Key == "precision").Mentions.Count);
        Assert.Equal(Count(text, "mixed precision"), result.Rejections.Count(r => r.Key == "precision" && r.Reason.StartsWith("excluded by", StringComparison.Ordinal)));
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_AbstractWithoutAFullStop_EntitiesRelationsAndAClaim()
    {
        // main: 5.4 s
        var (_, result) = await ExtractAsync("one-sentence-no-full-stop", 400_000);

        Assert.True(result.Entities.Single(e => e.Key == "half-fine-tuning").Proposed);
        Assert.Contains(result.Relations, r => r.Type == "EVALUATED_ON" && r.FromKey == "half-fine-tuning");
        Assert.Single(result.Findings);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_TwentyThousandShortSentences_EveryMentionInItsSentence()
    {
        // main: 6.6 s
        var (text, result) = await ExtractAsync("many-short-sentences", 400_000);

        var lora = result.Entities.Single(e => e.Key == "lora");
        Assert.Equal(Count(text, "LoRA"), lora.Mentions.Count);
        Assert.Equal(Enumerable.Range(1, lora.Mentions.Count), lora.Mentions.Select(m => m.Sentence));
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_ThousandsOfModelNamesWithVariantAndSize_EachExtended()
    {
        // main: 3.3 s
        var (text, result) = await ExtractAsync("model-names", 400_000);

        Assert.Equal(Count(text, "Llama 2-Chat 70B"), result.Entities.Single(e => e.Key == "llama-2-chat-70b").Mentions.Count);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_AppositionsInOneSentence_EveryMethodMentioned()
    {
        // main: 5.3 s
        var (text, result) = await ExtractAsync("variant-of-appositions", 400_000);

        Assert.Equal(Count(text, "LoRA"), result.Entities.Single(e => e.Key == "lora").Mentions.Count);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_TitleOfFourHundredKilobytes_TheAbstractIsStillRead()
    {
        // main: 3.4 s
        var (_, result) = await ExtractAsync("long-title", 400_000);

        Assert.Contains(result.Entities, e => e.Key == "lora" && e.Mentions.Any(m => m.Field == TextField.Abstract));
        Assert.Contains(result.Relations, r => r.Type == "EVALUATED_ON" && r.FromKey == "lora" && r.ToKey == "gsm8k");
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_ClaimWithThousandsOfNumbersBesideMentions_KeepsEveryPercentOutsideThem()
    {
        var (text, result) = await ExtractAsync("numbers-beside-mentions", 400_000);

        var claim = Assert.Single(result.Findings);
        Assert.Equal(Count(text, "1.5%"), claim.Values.Count);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_ColonDefinitionRepeated_EveryShortAndLongFormIsAMention()
    {
        // before: 32 s at 400,000 characters (the long form was added everywhere again for each definition)
        var (text, result) = await ExtractAsync("colon-definitions-repeated", 400_000);

        var zip = Assert.Single(result.Entities, e => e.Name == "ZiP");
        Assert.Equal(Count(text, "ZiP") + Count(text, "Zero-shot Instruction Pruning"), zip.Mentions.Count);
    }

    [Fact(Timeout = HangGuard)]
    public async Task Extract_GluedColons_NoDefinitionAndNoEntity()
    {
        var (_, result) = await ExtractAsync("glued-colons", 400_000);

        Assert.Empty(result.Entities);
    }

    private static async Task<(string Text, PaperExtraction Result)> ExtractAsync(string shape, int chars)
    {
        var paper = HostileShapes.Named(shape).PaperOf(chars);
        var result = await Task.Run(() => DefaultPack.Value.Extract(paper), TestContext.Current.CancellationToken);
        return (paper.Abstract, result);
    }

    /// <summary>How often <paramref name="word"/> occurs not followed by a letter or digit (the text may end inside the last repeat).</summary>
    private static int Count(string text, string word) => Regex.Count(text, Regex.Escape(word) + @"(?!\w)");

    private static int CountMatches(string text, string pattern) => Regex.Count(text, pattern);
}
