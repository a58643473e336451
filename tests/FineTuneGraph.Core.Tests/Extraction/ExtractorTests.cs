using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;

namespace FineTuneGraph.Core.Tests.Extraction;

public sealed class ExtractorTests
{
    private readonly Extractor _extractor = new(TinyPack.Compile());

    [Fact]
    public void Extract_DictionaryAliases_BecomeOneEntityPerKeyWithEveryMention()
    {
        var result = Extract("A Study", "We apply Low-Rank Adaptation (LoRA) to models. LoRA is cheap. Low Rank Adaptation works.");

        var lora = Assert.Single(result.Entities, e => e.Key == "lora");
        Assert.Equal("LoRA", lora.Name);
        Assert.Equal("PEFT", lora.Attributes["category"]);
        Assert.Equal(["Low-Rank Adaptation", "LoRA", "LoRA", "Low Rank Adaptation"], lora.Mentions.Select(m => m.Surface));
        Assert.All(lora.Mentions, m => Assert.Equal(TextField.Abstract, m.Field));
    }

    [Fact]
    public void Extract_AliasWrittenWithAnEnDash_MatchesLikeTheText()
    {
        var pack = TinyPack.Compile().Pack;
        var dashed = new FineTuneGraph.Rules.EntityRule("easy-to-hard", "Method", "easy\u2013to\u2013hard tuning", [], FineTuneGraph.Rules.CaseMode.Auto,
            new Dictionary<string, string>(), [], new FineTuneGraph.Rules.RuleSource("t", 1, 1));
        var extractor = new Extractor(CompiledRulePack.Compile(pack with { Entities = [.. pack.Entities, dashed] }));

        var result = extractor.Extract(Paper("T", "We use easy-to-hard tuning and easy to hard tuning."));

        Assert.Equal(2, Assert.Single(result.Entities, e => e.Key == "easy-to-hard").Mentions.Count);
    }

    [Fact]
    public void Extract_MentionSpans_PointIntoTheOriginalAbstract()
    {
        const string text = "We fine\u2013tune Llama\u20112 with LoRA.";

        var result = Extract("T", text);

        var llama = Assert.Single(result.Entities, e => e.Key == "llama-2").Mentions[0];
        Assert.Equal("Llama\u20112", text[llama.FieldStart..llama.FieldEnd]);
        Assert.Equal("Llama\u20112", llama.Surface);
        Assert.Equal(1, llama.Sentence);
    }

    [Fact]
    public void Extract_CaseSensitiveAcronym_DoesNotMatchTheLowerCaseWord()
    {
        var result = Extract("T", "We evaluate on MATH. Students like math.");

        var math = Assert.Single(result.Entities, e => e.Key == "math-dataset");
        Assert.Single(math.Mentions);
    }

    [Fact]
    public void Extract_Exclusion_RejectsTheCandidateWithTheRegex()
    {
        var result = Extract("T", "We solve MATH problems quickly.");

        Assert.DoesNotContain(result.Entities, e => e.Key == "math-dataset");
        var rejection = Assert.Single(result.Rejections, r => r.Key == "math-dataset");
        Assert.StartsWith("excluded by /", rejection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_Plural_MatchesTheCaseInsensitiveAlias()
    {
        var result = Extract("T", "We train adapters on top of BERT.");

        Assert.Equal("adapters", Assert.Single(result.Entities, e => e.Key == "adapters").Mentions[0].Surface);
        Assert.Contains("plural of alias 'adapter'", result.Entities.Single(e => e.Key == "adapters").Mentions[0].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_WordBoundaries_KeepBertOutOfRoberta()
    {
        var result = Extract("T", "We compare RoBERTa and BERT.");

        Assert.Single(Assert.Single(result.Entities, e => e.Key == "bert").Mentions);
    }

    [Fact]
    public void Extract_ModelSizeSuffix_ExtendsTheModelIntoItsOwnEntity()
    {
        var result = Extract("T", "We tune Llama 2 70B and Llama-2-7B, and compare with Llama 2.");

        Assert.Equal(["Llama 2 70B", "Llama 2 7B", "Llama 2"], result.Entities.Where(e => e.Type == "Model").Select(e => e.Name));
        var large = result.Entities.Single(e => e.Name == "Llama 2 70B");
        Assert.Equal("70B", large.Attributes["size"]);
        Assert.Equal("Llama", large.Attributes["family"]);
        Assert.Equal("Llama-2-7B", result.Entities.Single(e => e.Name == "Llama 2 7B").Mentions[0].Surface);
    }

    [Fact]
    public void Extract_SizeBeforeTheName_ExtendsTheModelBackwards()
    {
        var pack = TinyPack.Compile().Pack;
        var before = new FineTuneGraph.Rules.PatternRule("size-before", "Model", new System.Text.RegularExpressions.Regex(@"\b(?<size>\d+B) $"), "Model", "{base} {size}",
            new Dictionary<string, string> { ["size"] = "{size}" }, 0, FineTuneGraph.Rules.RuleScope.Text, new FineTuneGraph.Rules.RuleSource("t", 1, 1)) { Before = true };
        var extractor = new Extractor(CompiledRulePack.Compile(pack with { Patterns = [.. pack.Patterns, before] }));

        var result = extractor.Extract(Paper("T", "We attack our 70B Llama 2 model."));

        var model = Assert.Single(result.Entities, e => e.Type == "Model");
        Assert.Equal("Llama 2 70B", model.Name);
        Assert.Equal("70B Llama 2", model.Mentions[0].Surface);
    }

    [Fact]
    public void Extract_UnknownAcronymWithMethodHead_BecomesALocalProposedEntityFromTheTitle()
    {
        var result = Extract("EFT: Emulating Things", "We introduce emulated fine-tuning (EFT), a new way. EFT improves accuracy on GSM8K by 5.2%.");

        var eft = Assert.Single(result.Entities, e => e.Key == "eft");
        Assert.True(eft.Local);
        Assert.True(eft.Proposed);
        Assert.Equal("Method", eft.Type);
        Assert.Equal(["EFT", "emulated fine-tuning", "EFT", "EFT"], eft.Mentions.Select(m => m.Surface));
        Assert.Equal(TextField.Title, eft.Mentions[0].Field);
    }

    [Fact]
    public void Extract_KnownLongForm_LendsItsEntityToTheAcronym()
    {
        var result = Extract("T", "Standard supervised fine-tuning (SFT) is used. Later SFT helps.");

        var sft = Assert.Single(result.Entities, e => e.Key == "supervised-fine-tuning");
        Assert.Equal(["supervised fine-tuning", "SFT", "SFT"], sft.Mentions.Select(m => m.Surface));
    }

    [Fact]
    public void Extract_AcronymWithUnknownHead_IsRejectedWithTheReason()
    {
        var result = Extract("T", "The Blue Whale Thing (BWT) is large.");

        Assert.DoesNotContain(result.Entities, e => e.Key == "bwt");
        Assert.Contains(result.Rejections, r => r.RuleId == "acronym" && r.Reason.Contains("head word 'thing'", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ReversedAcronymWithUnknownHead_IsRejectedWithoutFailing()
    {
        var result = Extract("T", "We use BWT (Blue Whale Thing) for everything.");

        Assert.Contains(result.Rejections, r => r.RuleId == "acronym" && r.Surface.StartsWith("BWT (Blue Whale Thing", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TitlePrefixThatIsNotCoinedNorRepeated_IsRejected()
    {
        var result = Extract("Mixing It Up: A Study", "We look at data mixtures.");

        Assert.DoesNotContain(result.Entities, e => e.Type == "Method");
        Assert.Contains(result.Rejections, r => r.Reason == "context condition failed: 'Mixing It Up' is neither a coined name nor repeated in the paper");
    }

    [Fact]
    public void Extract_TitlePrefixOverlappingAKnownEntity_DoesNotMarkItProposed()
    {
        var result = Extract("LoRA vs Full Fine-tuning: An Illusion", "LoRA is studied.");

        Assert.False(Assert.Single(result.Entities, e => e.Key == "lora").Proposed);
    }

    [Fact]
    public void Extract_WePropose_CreatesAProposedCoinedMethodAndFindsItsOtherMentions()
    {
        var result = Extract("A Title", "We propose LiNeS for merging. LiNeS improves accuracy on GSM8K.");

        var lines = Assert.Single(result.Entities, e => e.Key == "lines");
        Assert.True(lines.Proposed);
        Assert.Equal(2, lines.Mentions.Count);
        Assert.Contains(result.Relations, r => r.Type == "PROPOSES" && r.ToKey == "lines");
        Assert.Contains(result.Relations, r => r.Type == "EVALUATED_ON" && r.FromKey == "lines" && r.ToKey == "gsm8k");
    }

    [Fact]
    public void Extract_ListContext_TreatsEveryListedNameLikeTheFirst()
    {
        var result = Extract("T", "We use datasets such as MasakhaNER, GSM8K, Frozen Lake, AmericasNLI and XCopa2 today.");

        Assert.Equal(["masakhaner", "gsm8k", "americasnli", "xcopa2"], result.Entities.Where(e => e.Type == "Dataset").Select(e => e.Key));
        Assert.Contains(result.Rejections, r => r.Surface == "Frozen Lake" && r.Reason == "context condition failed: 'Frozen Lake' is not a coined name");
    }

    [Fact]
    public void Extract_RuleWithTriggers_RunsOnlyOnSentencesHoldingOne()
    {
        var pack = TinyPack.Compile();
        var triggered = pack.Pack with
        {
            Contexts = [.. pack.Pack.Contexts.Select(c => c.Id == "we-propose" ? c with { Triggers = ["proposal*"] } : c)],
        };
        var extractor = new Extractor(CompiledRulePack.Compile(triggered));

        var result = extractor.Extract(Paper("T", "We propose LiNeS for merging."));

        Assert.DoesNotContain(result.Entities, e => e.Key == "lines");
    }

    [Theory]
    [InlineData("We propose LiNeS for merging.", true)]
    [InlineData("We propose LiNeS. It is new.", false)]
    public void Extract_RuleWithTriggersAlso_RunsOnlyOnSentencesHoldingOneOfEachList(string text, bool found)
    {
        var pack = TinyPack.Compile();
        var triggered = pack.Pack with
        {
            Contexts = [.. pack.Pack.Contexts.Select(c => c.Id == "we-propose" ? c with { Triggers = ["propos*"], TriggersAlso = ["merging", "new"] } : c)],
        };
        var extractor = new Extractor(CompiledRulePack.Compile(triggered));

        var result = extractor.Extract(Paper("T", text));

        Assert.Equal(found, result.Entities.Any(e => e.Key == "lines"));
    }

    [Fact]
    public void Extract_Anaphora_LinksTheProposedMethodToTheDataset()
    {
        var result = Extract("LiNeS: Layer Scaling", "Our method is tested with MATH.");

        var relation = Assert.Single(result.Relations, r => r.Type == "EVALUATED_ON");
        Assert.Equal(("lines", "math-dataset"), (relation.FromKey, relation.ToKey));
        Assert.Equal("LiNeS: Layer Scaling … Our method is tested with MATH.", relation.Evidence);
    }

    [Fact]
    public void Extract_Anaphora_KeepsTheSentenceThatNamesTheMethodInTheEvidence()
    {
        var result = Extract("A Study", "We propose GradNorm-X for training. Our method is tested with MATH. GradNorm-X is tested with GSM8K.");

        var anaphoric = Assert.Single(result.Relations, r => r.Type == "EVALUATED_ON" && r.ToKey == "math-dataset");
        Assert.Equal("We propose GradNorm-X for training. … Our method is tested with MATH.", anaphoric.Evidence);
        var named = Assert.Single(result.Relations, r => r.Type == "EVALUATED_ON" && r.ToKey == "gsm8k");
        Assert.Equal("GradNorm-X is tested with GSM8K.", named.Evidence);
    }

    [Fact]
    public void Extract_AnaphoraWithMoreProposalsThanTheCap_StandsForTheFirstSixteen()
    {
        var proposals = string.Concat(Enumerable.Range(1, 20).Select(i => $"We propose Zeta{i}. "));

        var result = Extract("T", proposals + "Our method is tested with MATH.");

        var evaluated = result.Relations.Where(r => r.Type == "EVALUATED_ON").Select(r => r.FromKey).ToArray();
        Assert.Equal(20, result.Relations.Count(r => r.Type == "PROPOSES"));
        Assert.Equal(Enumerable.Range(1, 16).Select(i => $"zeta{i}"), evaluated);
    }

    [Fact]
    public void Extract_MentionsFarApartInALongSentence_RelateOnlyWithinTheGap()
    {
        var filler = string.Concat(Enumerable.Repeat("and then some more words ", 10));

        var result = Extract("T", $"We apply LoRA on GSM8K {filler} while SFT is tested with MATH.");

        var pairs = result.Relations.Where(r => r.Type == "EVALUATED_ON").Select(r => (r.FromKey, r.ToKey)).ToArray();
        Assert.Equal([("lora", "gsm8k"), ("supervised-fine-tuning", "math-dataset")], pairs);
    }

    [Fact]
    public void Extract_HyphenatedWordLongerThanTheVariantLimit_NamesNoVariant()
    {
        var tags = string.Concat(Enumerable.Repeat("Xy-", 40));

        var result = Extract("T", $"We use LoRA-Lite and LoRA-{tags}Lite here.");

        var variant = Assert.Single(result.Entities, e => e.Local && e.Type == "Method");
        Assert.Equal("LoRA-Lite", variant.Name);
        Assert.Contains(result.Entities, e => e.Key == "lora");
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(40, false)]
    public void Extract_PairRepeatedWithoutACueInADenseSentence_IsTriedOnlyEightTimes(int repeats, bool related)
    {
        var text = string.Concat(Enumerable.Repeat("LoRA and GSM8K and ", repeats)) + "LoRA on GSM8K.";

        var result = Extract("T", text);

        Assert.Equal(related, result.Relations.Any(r => r.Type == "EVALUATED_ON"));
    }

    [Fact]
    public void Extract_RelationNeedsTheCueBetweenTheMentions()
    {
        var result = Extract("T", "LoRA and GSM8K are both popular. We apply LoRA to Llama 2.");

        Assert.DoesNotContain(result.Relations, r => r.Type == "EVALUATED_ON");
        Assert.Contains(result.Relations, r => r.Type == "APPLIED_TO" && r.FromKey == "lora" && r.ToKey == "llama-2");
    }

    [Fact]
    public void Extract_PaperAddressesEveryTask()
    {
        var result = Extract("T", "We study mathematical reasoning.");

        var relation = Assert.Single(result.Relations, r => r.Type == "ADDRESSES");
        Assert.Equal(("Paper", "t", "mathematical-reasoning"), (relation.FromType, relation.FromKey, relation.ToKey));
    }

    [Theory]
    [InlineData("LoRA improves over SFT by 5% on GSM8K.", new[] { "lora" }, new[] { "supervised-fine-tuning" })]
    [InlineData("Compared with SFT, LoRA improves accuracy by 5%.", new[] { "supervised-fine-tuning", "lora" }, new string[0])]
    [InlineData("It improves accuracy by 5% over the SFT baseline.", new string[0], new[] { "supervised-fine-tuning" })]
    [InlineData("LoRA improves accuracy by 5% more than adapter.", new[] { "lora" }, new[] { "adapters" })]
    public void Extract_Finding_KeepsTheComparatorApartFromTheSubject(string claim, string[] subjects, string[] comparators)
    {
        var result = Extract("T", "Setup follows prior work. " + claim);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(subjects, finding.MethodKeys);
        Assert.Equal(comparators, finding.ComparatorKeys);
    }

    [Fact]
    public void Extract_Finding_ParsesValuesDirectionMetricAndEntities()
    {
        var result = Extract("T", "Setup follows prior work. LoRA improves accuracy on GSM8K by 5.2% for Llama 2. It may not reduce cost.");

        Assert.Equal(2, result.Findings.Count);
        var gain = result.Findings[0];
        Assert.Equal(2, gain.Sentence);
        Assert.Equal("5.2%", Assert.Single(gain.Values).Text);
        Assert.Equal(FindingDirection.Up, gain.Direction);
        Assert.Equal("accuracy", gain.MetricKey);
        Assert.Equal(["gsm8k"], gain.DatasetKeys);
        Assert.Equal(["lora"], gain.MethodKeys);
        Assert.Equal(["llama-2"], gain.ModelKeys);
        Assert.False(gain.Negated);
        var cost = result.Findings[1];
        Assert.True(cost.Negated);
        Assert.True(cost.Hedged);
        Assert.Equal(FindingDirection.Down, cost.Direction);
    }

    [Fact]
    public void Extract_SamePaperTwice_GivesTheSameResult()
    {
        var paper = Paper("LiNeS: X", "We propose LiNeS. LiNeS improves accuracy on GSM8K by 3%.");

        var first = _extractor.Extract(paper);
        var second = _extractor.Extract(paper);

        Assert.Equal(GoldRecordWriter.ToGoldRecord(first).ToJsonLine(), GoldRecordWriter.ToGoldRecord(second).ToJsonLine());
    }

    [Fact]
    public void ExplainStages_Paper_SaysWhatEachStageAddedAndAgreesWithExtract()
    {
        var paper = Paper("T", "We tune Llama 2 7B with LoRA on GSM8K. Code: github.com/x/BERT-tools.");

        var effects = _extractor.ExplainStages(paper);

        var extraction = _extractor.Extract(paper);
        Assert.Equal(ExtractionStages.Default(_extractor.Pack).Select(s => s.Name), effects.Select(e => e.Stage));
        var byStage = effects.ToDictionary(e => e.Stage);
        Assert.Equal(4, byStage["dictionary"].Candidates);
        Assert.Equal((4, 0), (byStage["overlaps"].MentionsAdded, byStage["overlaps"].MentionsRemoved));
        Assert.Equal((1, 1), (byStage["extensions"].MentionsAdded, byStage["extensions"].MentionsRemoved));
        Assert.Equal((1, 1), (byStage["addresses"].MentionsRemoved, byStage["addresses"].Rejected));
        Assert.Equal(extraction.Relations.Count, byStage["relations"].Relations);
        Assert.Equal(extraction.Rejections.Count, effects.Sum(e => e.Rejected));
    }

    private PaperExtraction Extract(string title, string text) => _extractor.Extract(Paper(title, text));

    private static Paper Paper(string title, string text) => new()
    {
        Id = PaperIdentity.Slug(title),
        Title = title,
        Abstract = text,
        Source = new SourceLocation("test"),
    };
}
