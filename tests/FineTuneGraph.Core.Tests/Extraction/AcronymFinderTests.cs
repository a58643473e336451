using FineTuneGraph.Extraction;

namespace FineTuneGraph.Core.Tests.Extraction;

public sealed class AcronymFinderTests
{
    [Theory]
    [InlineData("We propose Low-Rank Adaptation (LoRA) for efficient tuning.", "Low-Rank Adaptation|LoRA")]
    [InlineData("We introduce Quantized Low-Rank Adapters (Q-LoRA), which backpropagate through a frozen model.", "Quantized Low-Rank Adapters|Q-LoRA")]
    [InlineData("We present Emulated Fine-Tuning (EFT) to decouple the scales of pre-training and fine-tuning.", "Emulated Fine-Tuning|EFT")]
    [InlineData("Reinforcement Learning from Human Feedback (RLHF) aligns models with human preferences.", "Reinforcement Learning from Human Feedback|RLHF")]
    [InlineData("Prompting with Chain-of-Thought (CoT) improves reasoning.", "Chain-of-Thought|CoT")]
    [InlineData("Parameter-Efficient Fine-Tuning (PEFT) methods update few weights.", "Parameter-Efficient Fine-Tuning|PEFT")]
    [InlineData("In contrast, Direct Preference Optimization (DPO) needs no reward model.", "Direct Preference Optimization|DPO")]
    [InlineData("Each layer is a sparse Mixture of Experts (MoE) with eight experts.", "Mixture of Experts|MoE")]
    [InlineData("Large Language Models (LLMs) excel at many tasks.", "Large Language Models|LLMs")]
    [InlineData("The policy is trained with Proximal Policy Optimization (PPO).", "Proximal Policy Optimization|PPO")]
    [InlineData("We combine supervised fine-tuning (SFT) with in-context learning (ICL).", "supervised fine-tuning|SFT", "in-context learning|ICL")]
    [InlineData("Sequence-to-Sequence (Seq2Seq) models translate text.", "Sequence-to-Sequence|Seq2Seq")]
    [InlineData("We probe Generative Pre-trained Transformer 3 (GPT-3) on arithmetic.", "Generative Pre-trained Transformer 3|GPT-3")]
    [InlineData("Retrieval-Augmented Generation (RAG; Lewis et al., 2020) grounds answers in documents.", "Retrieval-Augmented Generation|RAG")]
    [InlineData("We call it \u201CLow-Rank Adaptation\u201D (LoRA) throughout.", "Low-Rank Adaptation|LoRA")]
    [InlineData("We apply LoRA (Low-Rank Adaptation) to Llama 2.", "Low-Rank Adaptation|LoRA")]
    [InlineData("Each large language model (LLM) is queried twice.", "large language model|LLM")]
    [InlineData("We pre-train Vision Transformers (ViTs) on ImageNet.", "Vision Transformers|ViTs")]
    [InlineData("Direct Preference Optimization (DPO) and Preference Optimization (PO) are compared.", "Direct Preference Optimization|DPO", "Preference Optimization|PO")]
    [InlineData("Models are compressed with Knowledge Distillation ( KD ) and pruning.", "Knowledge Distillation|KD")]
    [InlineData("We pre-train a Text-to-Text Transfer Transformer (T5) on C4.", "Text-to-Text Transfer Transformer|T5")]
    [InlineData("We propose few-shot learning for a multimodal multitask multilingual (FM3) setting.", "few-shot learning for a multimodal multitask multilingual|FM3")]
    [InlineData("In this paper, we develop RISE: Recursive IntroSpEction, an approach for fine-tuning.", "Recursive IntroSpEction|RISE")]
    [InlineData("We present ZIP: Zero-shot Instruction Pruning for faster decoding.", "Zero-shot Instruction Pruning|ZIP")]
    [InlineData("We adopt RLHF: Reinforcement Learning from Human Feedback, and SFT (supervised fine-tuning).", "Reinforcement Learning from Human Feedback|RLHF", "supervised fine-tuning|SFT")]
    public void Find_Definitions_GiveLongAndShortForms(string text, params string[] expected)
    {
        var definitions = AcronymFinder.Find(text);

        Assert.Equal(expected, definitions.Select(d => $"{d.LongFormOf(text)}|{d.ShortFormOf(text)}"));
    }

    [Theory]
    [InlineData("Details are given in the experimental setup (see Section 3).")]
    [InlineData("Llama 2 (2023) is an open model.")]
    [InlineData("Several adapters (e.g., LoRA) exist.")]
    [InlineData("Several adapters (e.g. LoRA) exist.")]
    [InlineData("Efficient methods (i.e. PEFT) help.")]
    [InlineData("We compare against the best method (ours).")]
    [InlineData("Results are shown in the main results table (Table 1).")]
    [InlineData("The gains over the baseline are significant (p < 0.05).")]
    [InlineData("The attention map is shown on the left (left).")]
    [InlineData("This follows the reward modelling setup of prior work (Smith et al., 2020).")]
    [InlineData("This follows the standard training schedule (Smith, 2020).")]
    [InlineData("We run LoRA fine-tuning (LoRA) on all layers.")]
    [InlineData("We compare with a strong proprietary model (GPT-4).")]
    [InlineData("We compare open-source models against GPT-4 (OpenAI).")]
    [InlineData("Models are trained on English text (EN) only.")]
    [InlineData("It is low. Rank Aggregation (LRA) follows.")]
    [InlineData("We use LoRA (a parameter-efficient method) for tuning.")]
    [InlineData("GPT-4: a strong generalist model.")]
    [InlineData("Results of the trained model (M3) are shown.")]
    [InlineData("We study RISE: recursive introspection in agents.")]
    [InlineData("Results on MMLU: Most Models Improve Quickly.")]
    [InlineData("Setting: SFT with Large Batches.")]
    public void Find_NonDefinitions_AreRejected(string text)
    {
        Assert.Empty(AcronymFinder.Find(text));
    }

    [Fact]
    public void Find_Definition_HasOffsetsIntoTheText()
    {
        const string text = "Abstract. We propose Low-Rank Adaptation (LoRA).";

        var definition = Assert.Single(AcronymFinder.Find(text));

        Assert.Equal(text.IndexOf("Low", StringComparison.Ordinal), definition.LongStart);
        Assert.Equal(text.IndexOf(" (", StringComparison.Ordinal), definition.LongEnd);
        Assert.Equal(text.IndexOf("LoRA", StringComparison.Ordinal), definition.ShortStart);
        Assert.Equal(text.IndexOf(')', StringComparison.Ordinal), definition.ShortEnd);
    }

    [Fact]
    public void Find_NoParentheses_FindsNothing()
    {
        Assert.Empty(AcronymFinder.Find("Low-Rank Adaptation works well."));
    }
}
