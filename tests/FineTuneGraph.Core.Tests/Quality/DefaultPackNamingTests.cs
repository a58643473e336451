using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Quality;

/// <summary>How the default pack names things no dictionary knows, on sentences written for these tests.</summary>
public sealed class DefaultPackNamingTests
{
    private static readonly Lazy<Extractor> DefaultExtractor = new(() => new Extractor(CompiledRulePack.Compile(RulePackLoader.Load(CorpusTestKit.Repository("rules")))));

    [Theory]
    [InlineData("We release Zephyrine-3, an open chat model tuned on synthetic dialogues.", "Zephyrine-3")]
    [InlineData("Our final LLM, Quokka-DPO-Llama-3-8B-v2, tops the leaderboard.", "Quokka-DPO-Llama-3-8B-v2")]
    [InlineData("We trained an AI assistant named Kestrel-2 with few demonstrations.", "Kestrel-2")]
    public void NameInAppositionToAModelWord_IsAModel(string text, string name)
    {
        var result = Extract(text);

        var model = Assert.Single(result.Entities, e => e.Name == name);
        Assert.Equal("Model", model.Type);
        Assert.DoesNotContain(result.Entities, e => e.Type == "Method" && e.Name == name);
    }

    [Theory]
    [InlineData("In this paper we present TurboTrainer, a new LLM fine-tuning technique that skips layers.")]
    [InlineData("We introduce a novel framework, FlowPilot, a framework that fine-tunes VLMs with flows.")]
    public void NameInAppositionToAPhraseAboutModels_IsNotAModel(string text)
    {
        var result = Extract(text);

        Assert.DoesNotContain(result.Entities, e => e.Type == "Model" && (e.Name == "TurboTrainer" || e.Name == "FlowPilot"));
        Assert.Contains(result.Entities, e => e.Type == "Method" && (e.Name == "TurboTrainer" || e.Name == "FlowPilot"));
    }

    [Fact]
    public void CoinedWordContainingAKnownName_TakesTheWholeWord()
    {
        var result = Extract("We propose PPO-Lag, which adds a Lagrangian. PPO-Lag beats PPO.");

        var coined = Assert.Single(result.Entities, e => e.Name == "PPO-Lag");
        Assert.True(coined.Proposed);
        Assert.Equal(2, coined.Mentions.Count);
        Assert.Single(Assert.Single(result.Entities, e => e.Key == "ppo").Mentions);
    }

    [Fact]
    public void TitleNameDefinedAgainAfterAColon_IsOneEntityWithItsAcronym()
    {
        var result = Extract(
            "In this paper, we develop SETU: Sparse Echo TUrbine, an approach for merging checkpoints. SETU is applied to Llama 2.",
            "Sparse Echo Turbine: Models That Listen");

        var method = Assert.Single(result.Entities, e => e.Type == "Method" && e.Proposed);
        Assert.Equal("SETU", method.Name);
        Assert.Equal(["Sparse Echo Turbine", "SETU", "Sparse Echo TUrbine"], method.Mentions.Select(m => m.Surface).Distinct());
        Assert.Equal("setu", Assert.Single(result.Relations, r => r.Type == "APPLIED_TO").FromKey);
    }

    [Theory]
    [InlineData("We also propose $\\Psi$PO, a new objective. $\\Psi$PO beats DPO.", "\u03A8PO", "psipo")]
    [InlineData("We also propose \u03A8PO, a new objective. \u03A8PO beats DPO.", "\u03A8PO", "psipo")]
    [InlineData("We propose \u03B1PO, a new objective, and compare it with \u03A8PO.", "\u03B1PO", "alphapo")]
    public void NameWithAGreekLetter_IsProposedUnderAKeyThatKeepsTheLetter(string text, string name, string key)
    {
        var result = Extract(text);

        var method = Assert.Single(result.Entities, e => e.Proposed);
        Assert.Equal((name, key), (method.Name, method.Key));
    }

    [Fact]
    public void ModelJoinedToAMethodAndATag_IsADerivedModel()
    {
        var result = Extract("We release Mistral-ORPO-$\\alpha$, a variant of Mistral fine-tuned with ORPO. Llama-2-based chat models are weaker.");

        var derived = Assert.Single(result.Entities, e => e.Local && e.Type == "Model");
        Assert.Equal(("Mistral-ORPO-\u03B1", "mistral-orpo-alpha", "Mistral-ORPO-$\\alpha$"), (derived.Name, derived.Key, derived.Mentions[0].Surface));
        Assert.Contains(result.Entities, e => e.Key == "llama-2");
        Assert.Contains(result.Relations, r => r.Type == "APPLIED_TO" && r.FromKey == "orpo" && r.ToKey == "mistral");
    }

    [Theory]
    [InlineData("We rely on careful hyperparameter tuning and a hyperparameter search.")]
    [InlineData("We fine-tune on 52K self-instruct demonstrations and Evol-Instruct data.")]
    public void RoutineStepsAndDataMadeByAMethod_AreNoMethods(string text)
    {
        var result = Extract(text);

        Assert.DoesNotContain(result.Entities, e => e.Type == "Method");
    }

    [Fact]
    public void AcronymWithARepeatingDigitThatAProposalNames_IsTheProposedMethod()
    {
        var result = Extract("In this paper, we propose sparse tuning for a quantized quick querying (SQ3) setting. SQ3 is evaluated on GSM8K.");

        var method = Assert.Single(result.Entities, e => e.Type == "Method");
        Assert.Equal(("SQ3", true), (method.Name, method.Proposed));
        Assert.Contains("sparse tuning for a quantized quick querying", method.Mentions.Select(m => m.Surface));
        Assert.Contains(result.Relations, r => r.Type == "EVALUATED_ON" && r.FromKey == method.Key && r.ToKey == "gsm8k");
    }

    [Theory]
    [InlineData("We evaluate our policy on the Robosuite benchmark.", "Robosuite")]
    [InlineData("Our method transfers to Robosuite benchmark tasks in simulation.", "Robosuite")]
    [InlineData("We collect the English dataset and a German corpus.", null)]
    public void CapitalisedWordBeforeABenchmarkWord_IsADataset(string text, string? name)
    {
        var datasets = Extract(text).Entities.Where(e => e.Type == "Dataset").Select(e => e.Name).ToArray();

        Assert.Equal(name is null ? [] : [name], datasets);
    }

    [Fact]
    public void HyphenatedModifier_DoesNotBecomeAName()
    {
        var result = Extract("We propose LoRA-based merging of adapters.");

        Assert.DoesNotContain(result.Entities, e => e.Name.StartsWith("LoRA-based", StringComparison.Ordinal));
        Assert.Contains(result.Entities, e => e.Key == "lora");
    }

    [Fact]
    public void AcronymOfALongFormEndingInAKnownMethod_IsAMethod()
    {
        var result = Extract("Policies are trained with safety-constrained RLHF (SCRLHF) on red-team prompts.");

        var method = Assert.Single(result.Entities, e => e.Name == "SCRLHF");
        Assert.Equal("Method", method.Type);
        Assert.Contains(method.Mentions, m => m.Surface == "safety-constrained RLHF");
    }

    [Fact]
    public void AcronymThatAProposalNames_IsAMethodWhateverItsHeadWord()
    {
        var result = Extract("We introduce Graded Answer Consistency Estimation (GrACE) for judging proofs.");

        var method = Assert.Single(result.Entities, e => e.Name == "GrACE");
        Assert.Equal("Method", method.Type);
        Assert.Contains(method.Mentions, m => m.Surface == "Graded Answer Consistency Estimation");
    }

    [Fact]
    public void CoinedNameAfterOurMethod_IsTheProposedMethod()
    {
        var result = Extract("Remarkably, our method, TIDE, needs a fifth of the compute.");

        Assert.True(Assert.Single(result.Entities, e => e.Name == "TIDE" && e.Type == "Method").Proposed);
    }

    [Theory]
    [InlineData("We propose Lodestar and Lodestar-Mini, two routers for adapters. Lodestar-Mini is faster.", "Lodestar-Mini")]
    [InlineData("Training only the router of ZAP (ZAP-r) keeps most of its accuracy. We call the method ZAP.", "ZAP-r")]
    [InlineData("We further introduce the Short-Answer-ZAP method, which stops early. We call the method ZAP.", "Short-Answer-ZAP")]
    public void NameJoinedByAHyphenToAMethod_IsAVariantOfItsOwn(string text, string variant)
    {
        var result = Extract(text);

        var entity = Assert.Single(result.Entities, e => e.Name == variant);
        Assert.Equal("Method", entity.Type);
        Assert.All(entity.Mentions, m => Assert.Equal(variant, m.Surface));
        var others = result.Entities.Where(e => e != entity).SelectMany(e => e.Mentions);
        Assert.DoesNotContain(others, o => entity.Mentions.Any(m => o.Start < m.End && m.Start < o.End));
    }

    [Theory]
    [InlineData("We compare DPO-style objectives and post-DPO checkpoints.")]
    [InlineData("Code is at https://github.com/someone/DPO-v1 for everyone.")]
    [InlineData("We apply DPO-Llama recipes from earlier work.")]
    public void ModifierAddressOrCombination_IsNotAVariant(string text)
    {
        var result = Extract(text);

        Assert.DoesNotContain(result.Entities, e => e.Type == "Method" && e.Name.Contains('-') && e.Name.Contains("DPO", StringComparison.Ordinal));
    }

    [Fact]
    public void AcronymHoldingAKnownAcronym_DefinesAVariant()
    {
        var result = Extract("We introduce Group Relative Policy Optimization with adaptive clipping (GRPO-AC), which is stable. GRPO-AC beats GRPO.");

        var variant = Assert.Single(result.Entities, e => e.Name == "GRPO-AC");
        Assert.Contains(variant.Mentions, m => m.Surface == "Group Relative Policy Optimization with adaptive clipping");
        Assert.Equal(2, variant.Mentions.Count(m => m.Surface == "GRPO-AC"));
        Assert.Single(Assert.Single(result.Entities, e => e.Key == "grpo").Mentions);
    }

    [Theory]
    [InlineData("Rewards come from reward modelling on human labels.", "reward modeling")]
    [InlineData("The policy is trained with direct preference optimisation.", "DPO")]
    public void BritishSpelling_MatchesTheAmericanAlias(string text, string name)
    {
        var result = Extract(text);

        Assert.Contains(result.Entities, e => e.Name == name);
    }

    [Fact]
    public void KnownAcronymAfterTheProposedName_IsUsedNotProposed()
    {
        var result = Extract("We introduce ZorbNet, a framework that trains agents using Generative Flow Networks (GFlowNets) on card games.");

        Assert.True(Assert.Single(result.Entities, e => e.Name == "ZorbNet").Proposed);
        Assert.False(Assert.Single(result.Entities, e => e.Key == "gflownets").Proposed);
    }

    [Theory]
    [InlineData("To fill this gap, we introduce KORVA, a benchmark designed to test agents on forms.", "KORVA")]
    [InlineData("We release PolyMathText, a large-scale multilingual corpus of proofs.", "PolyMathText")]
    public void CoinedNameInAppositionToADatasetWord_IsADataset(string text, string name)
    {
        var result = Extract(text);

        Assert.Equal("Dataset", Assert.Single(result.Entities, e => e.Name == name).Type);
    }

    [Theory]
    [InlineData("We fine-tune Llama-3-8B-Instruct on chats.", "Llama-3-8B-Instruct")]
    [InlineData("We fine-tune DeepSeek-Coder-Base-v1.5 7B on code.", "DeepSeek-Coder-Base-v1.5 7B")]
    public void ModelNameGrowsByEverySuffixInTurn(string text, string surface)
    {
        var result = Extract(text);

        var model = Assert.Single(result.Entities, e => e.Type == "Model");
        Assert.Equal(surface, Assert.Single(model.Mentions).Surface);
    }

    [Fact]
    public void AcronymWithALowerCasePlural_MatchesItsAlias()
    {
        var result = Extract("We merge many LoRAs trained by different GPTs.");

        Assert.Equal("LoRAs", Assert.Single(Assert.Single(result.Entities, e => e.Key == "lora").Mentions).Surface);
        Assert.Contains(result.Entities, e => e.Key == "gpt");
    }

    [Fact]
    public void NameInsideAWebAddress_IsNoMention()
    {
        var result = Extract("We prune LoRA adapters. Code: https://github.com/someone/ViT-Slim and huggingface.co/datasets/GSM8K-extra.");

        Assert.DoesNotContain(result.Entities, e => e.Key is "vit" or "gsm8k");
        Assert.Contains(result.Rejections, r => r.Surface == "ViT" && r.Reason == "inside a web address");
    }

    [Fact]
    public void AcronymBeforeTheTitleColon_IsTheProposedMethodWithItsLongForm()
    {
        var result = Extract("We propose Untangling Heads (UH), a merging framework. UH beats task arithmetic.", title: "Untangling Heads (UH): Separating Experts for Merging");

        var method = Assert.Single(result.Entities, e => e.Name == "UH");
        Assert.True(method.Proposed);
        Assert.Contains(method.Mentions, m => m.Surface == "Untangling Heads");
        Assert.DoesNotContain(result.Entities, e => e.Name == "Untangling Heads");
    }

    [Fact]
    public void HyphenatedSloganBeforeTheTitleColon_IsNoName()
    {
        var result = Extract("We present GAdapt, a new approach.", title: "All-in-One: Generalized Adapters for Vision");

        Assert.DoesNotContain(result.Entities, e => e.Name == "All-in-One");
    }

    [Fact]
    public void ReleaseTagAfterAKnownMethod_NamesAVariant()
    {
        var result = Extract("We introduce PPO-max, a variant of PPO. PPO-max trains stably, unlike LoRA-based tuning.");

        var variant = Assert.Single(result.Entities, e => e.Name == "PPO-max");
        Assert.Equal(("Method", 2), (variant.Type, variant.Mentions.Count));
        Assert.DoesNotContain(result.Entities, e => e.Name.StartsWith("LoRA-based", StringComparison.Ordinal));
    }

    [Fact]
    public void InstructionTunedReleaseTag_ExtendsTheModelName()
    {
        var result = Extract("We fine-tune Gemma-2-9B-it on math word problems.");

        var model = Assert.Single(result.Entities, e => e.Type == "Model");
        Assert.Equal("Gemma-2-9B-it", Assert.Single(model.Mentions).Surface);
    }

    [Fact]
    public void KnownMethodBeforeTheWordBenchmark_IsADataset()
    {
        var result = Extract("We report few-shot results on the RAFT benchmark. RAFT holds eleven tasks.");

        var raft = Assert.Single(result.Entities, e => e.Name == "RAFT");
        Assert.Equal(("Dataset", 2), (raft.Type, raft.Mentions.Count));
    }

    [Fact]
    public void TitlePrefixAcronymWithATaskHead_IsTheProposedMethod()
    {
        var result = Extract("This paper describes a variational auto-encoder based non-autoregressive text-to-speech (VAENAR-TTS) model.",
            "VAENAR-TTS: Variational Auto-Encoder based Non-AutoRegressive Text-to-Speech Synthesis");

        var method = Assert.Single(result.Entities, e => e.Name == "VAENAR-TTS");
        Assert.Equal(("Method", true), (method.Type, method.Proposed));
    }

    [Fact]
    public void TrainedOnADataset_IsTrainedOnNotEvaluatedOn()
    {
        var result = Extract("We propose ZetaAlign. ZetaAlign is fine-tuned on UltraFeedback and evaluated on GSM8K.");

        Assert.Contains(result.Relations, r => r.Type == "TRAINED_ON" && r.FromKey == "zetaalign" && r.ToKey == "ultrafeedback");
        Assert.Contains(result.Relations, r => r.Type == "EVALUATED_ON" && r.FromKey == "zetaalign" && r.ToKey == "gsm8k");
        Assert.DoesNotContain(result.Relations, r => r.Type == "EVALUATED_ON" && r.ToKey == "ultrafeedback");
        Assert.DoesNotContain(result.Relations, r => r.Type == "TRAINED_ON" && r.ToKey == "gsm8k");
    }

    [Fact]
    public void LearningSettingBesideADataset_IsNotEvaluatedOnIt()
    {
        var result = Extract("Decision models are studied in offline reinforcement learning on Atari and OpenAI Gym.");

        Assert.Contains(result.Entities, e => e.Type == "Dataset" && e.Name == "Atari");
        Assert.DoesNotContain(result.Relations, r => r.Type is "EVALUATED_ON" or "TRAINED_ON");
    }

    [Theory]
    [InlineData("CodeQuest: Redefining the Benchmark to Evaluate Code Models", "CodeQuest")]
    [InlineData("MedTrove: A New Dataset of Clinical Notes", "MedTrove")]
    public void TitlePrefixNameOfABenchmark_IsADataset(string title, string name)
    {
        var result = Extract($"We evaluate ten models on {name}.", title);

        var dataset = Assert.Single(result.Entities, e => e.Name == name);
        Assert.Equal("Dataset", dataset.Type);
    }

    [Fact]
    public void TitlePrefixOpeningOnAGerund_IsNoName()
    {
        var result = Extract("We study code search.", "Searching by Code: a New Retrieval Model for Searching by Code Snippets");

        Assert.DoesNotContain(result.Entities, e => e.Name == "Searching by Code");
    }

    [Fact]
    public void CapitalSAfterAKnownName_IsNoPlural()
    {
        var result = Extract("We release Magicoder and MagicoderS. Both Transformers and LLMs are strong.");

        Assert.Equal(["Magicoder"], Assert.Single(result.Entities, e => e.Key == "magicoder").Mentions.Select(m => m.Surface));
        Assert.Contains(result.Entities, e => e.Key == "transformer" && e.Mentions.Any(m => m.Surface == "Transformers"));
    }

    [Fact]
    public void DomainPrefixBeforeAKnownModel_NamesTheLongerModel()
    {
        var result = Extract("We compare VL-BART with BART, and DPO-Llama with Llama.");

        Assert.Contains(result.Entities, e => e.Type == "Model" && e.Name == "VL-BART");
        Assert.Single(Assert.Single(result.Entities, e => e.Key == "bart").Mentions);
        Assert.DoesNotContain(result.Entities, e => e.Name == "DPO-Llama");
    }

    private static PaperExtraction Extract(string text, string title = "A study") => DefaultExtractor.Value.Extract(new Paper
    {
        Id = "naming-test",
        Title = title,
        Abstract = text,
        Source = new SourceLocation("test"),
    });
}
