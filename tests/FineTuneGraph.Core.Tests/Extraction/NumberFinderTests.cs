using FineTuneGraph.Extraction;

namespace FineTuneGraph.Core.Tests.Extraction;

public sealed class NumberFinderTests
{
    [Theory]
    [InlineData("Our method achieves 58.8% accuracy on MATH, a new state of the art.", new[] { "58.8%" })]
    [InlineData("Accuracy on GSM8K rises from 45.2% to 58.8% after instruction tuning.", new[] { "45.2%", "58.8%" })]
    [InlineData("LoRA yields a 5% improvement over full fine-tuning at a fraction of the cost.", new[] { "5%" })]
    [InlineData("The error rate drops by 5 % on average across benchmarks.", new[] { "5 %" })]
    [InlineData("DPO improves the win rate against SFT by 12.5 percent.", new[] { "12.5 percent" })]
    [InlineData("Our approach outperforms the strongest baseline by 3.1 percentage points.", new[] { "3.1 percentage points" })]
    [InlineData("QLoRA gains 2.4 pp on MMLU and +4.2pp on BBH over the 4-bit baseline.", new[] { "2.4 pp", "+4.2pp" })]
    [InlineData("Retrieval augmentation adds 1.5 points on average.", new[] { "1.5 points" })]
    [InlineData("We observe gains of 2 BLEU points on WMT14 En-De.", new[] { "2 BLEU points" })]
    [InlineData("Inference is 3x faster and needs 2.5× less memory than full fine-tuning.", new[] { "3x", "2.5×" })]
    [InlineData("Training is 10 times faster than full fine-tuning of a 7B model.", new[] { "10 times" })]
    [InlineData("The method yields a 4-fold reduction in trainable parameters.", new[] { "4-fold" })]
    [InlineData("It achieves an F1 of 0.85 on SQuAD 2.0.", new[] { "0.85" })]
    [InlineData("Llama 2 reaches an accuracy of 71.3 on HellaSwag.", new[] { "71.3" })]
    [InlineData("Our 7B model achieves 58.8 on MATH, surpassing GPT-4.", new[] { "58.8" })]
    [InlineData("Accuracy changes by +2.1% while recall falls by \u22123% and precision by -3%.", new[] { "+2.1%", "\u22123%", "-3%" })]
    [InlineData("Our model scores 85 on MMLU and 62 on GPQA.", new[] { "85" })]
    [InlineData("With pruning, perplexity = 12 after 1,000 steps.", new[] { "12" })]
    [InlineData("Gains range from 3-5% on easy tasks to 8.5% on hard ones.", new[] { "3-5%", "8.5%" })]
    [InlineData("It gives a 40-90% error reduction over vanilla fine-tuning.", new[] { "40-90%" })]
    [InlineData("Local fine-tuning increases AUC by 0.25% to 11.74% across hospitals.", new[] { "0.25% to 11.74%" })]
    [InlineData("Smaller models gain the most (delta F1 +0.12 to +0.23).", new[] { "+0.12 to +0.23" })]
    [InlineData("They reach high accuracy (85 - 95%) after fine-tuning.", new[] { "85 - 95%" })]
    [InlineData("Success rises from 18.6% to 81.7% after one day.", new[] { "18.6%", "81.7%" })]
    [InlineData("Success rises from about 18 to 82% after one day.", new[] { "18", "82%" })]
    [InlineData("It needs up to 100times fewer parameters than LoRA.", new[] { "100times" })]
    [InlineData("Speculative decoding gives a twofold speedup for Llama 2 70B.", new[] { "twofold" })]
    [InlineData("Pass@1 improves from 45.2 to 58.8 with only 1,000 examples.", new[] { "45.2", "58.8" })]
    [InlineData("Throughput improves up to 3x on 8 A100 GPUs.", new[] { "3x" })]
    [InlineData("The tuned model is 3% points more accurate on ARC.", new[] { "3% points" })]
    [InlineData("Q-LoRA reaches 99.3% of ChatGPT's performance level with a 1.5-point gain on Vicuna.", new[] { "99.3%", "1.5-point" })]
    [InlineData("Accuracy is 71.3 \u00B1 0.4 across 5 seeds.", new[] { "71.3" })]
    [InlineData("Rejection sampling raises the score (from 61.2 to 64.0) on AlpacaEval 2.0.", new[] { "61.2", "64.0" })]
    [InlineData("Our agent achieves a 62\\% win rate in WebShop.", new[] { "62\\%" })]
    [InlineData("Our agent lifts the success rate by 13~\\% on WebArena.", new[] { "13~\\%" })]
    [InlineData("The best system is Flan-T5 XL (macro-F1 0.71), ahead of ChatGPT.", new[] { "0.71" })]
    [InlineData("It is the first method to exceed 81 in SciWorld.", new[] { "81" })]
    [InlineData("The correlation with model size is strong (r = 0.95).", new[] { "0.95" })]
    public void Find_ResultNumbers_AreFoundAsWritten(string sentence, string[] expected)
    {
        var values = NumberFinder.Find(sentence, 0, sentence.Length);

        Assert.Equal(expected, values.Select(v => v.Text));
        Assert.All(values, v => Assert.Equal(v.Text, sentence[v.Start..v.End]));
    }

    [Theory]
    [InlineData("We fine-tune Llama 2 7B, 13B and 70B models on five datasets.")]
    [InlineData("Our 1.3B parameters model rivals the 175 billion parameter GPT-3.")]
    [InlineData("We release a 70-billion-parameter model and compare it with Mixtral 8x7B.")]
    [InlineData("Since 2020, large language models have grown rapidly in scale.")]
    [InlineData("We use 1,000 examples, 3 tasks, two base models and 4 GPUs.")]
    [InlineData("We train on 10k samples for 3 epochs with a batch size of 32.")]
    [InlineData("The system ranks 1st on the leaderboard and 2nd on the 3rd track.")]
    [InlineData("We compare GPT-3.5, Llama 3.1, Qwen2.5-7B, Mistral v2 and Claude 3.")]
    [InlineData("See Section 3.2, Table 1 and Fig. 4 for details.")]
    [InlineData("This extends prior work [12, 15] and the analysis in [3].")]
    [InlineData("The preprint was posted on 2023-05-12 as arXiv:2305.12345 and later as 2306.01234.")]
    [InlineData("We report GSM8K pass@1, T5 baselines and ROUGE-L on CNN/DM.")]
    [InlineData("We use a learning rate of 0.0002, a LoRA rank of 16 and a temperature of 0.7.")]
    [InlineData("The improvement is significant (p < 0.05, n = 120).")]
    [InlineData("We evaluate with 5-fold cross-validation and 3-shot prompting.")]
    [InlineData("The model scales to 70 languages and 4 modalities.")]
    [InlineData("Each experiment is repeated 3 times with different seeds.")]
    [InlineData("Inputs are 224 \u00D7 224 images quantised at 4-bit precision.")]
    [InlineData("Training costs $500 and takes 24 hours on 8x A100 GPUs.")]
    [InlineData("We scale the student from 1.3 to 13B parameters.")]
    [InlineData("Annotators rate responses on a 5-point Likert scale.")]
    [InlineData("The corpus contains 10 million tokens and 2.5 trillion characters.")]
    [InlineData("Eq. (3) and Lemma 2.1 bound the error; see also Theorem 1.")]
    [InlineData("A five-fold cross-validation confirms the trend.")]
    [InlineData("Weights are initialised with 2e-5 noise and dropout = 0.1.")]
    public void Find_CountsSizesVersionsAndReferences_AreNotResults(string sentence)
    {
        Assert.Empty(NumberFinder.Find(sentence, 0, sentence.Length));
    }

    [Theory]
    [InlineData("accuracy reaches 58.8%", "58.8%", 58.8, NumberUnit.Percent)]
    [InlineData("recall falls by \u22123%", "\u22123%", -3.0, NumberUnit.Percent)]
    [InlineData("a gain of +4.2pp", "+4.2pp", 4.2, NumberUnit.PercentagePoints)]
    [InlineData("a gain of 2.4 p.p. overall", "2.4 p.p.", 2.4, NumberUnit.PercentagePoints)]
    [InlineData("up by 2 BLEU points", "2 BLEU points", 2.0, NumberUnit.Points)]
    [InlineData("it is 2.5\u00D7 faster", "2.5\u00D7", 2.5, NumberUnit.Times)]
    [InlineData("a threefold gain", "threefold", 3.0, NumberUnit.Times)]
    [InlineData("an F1 of 0.85", "0.85", 0.85, NumberUnit.None)]
    [InlineData("throughput rises to 1,234.5 tokens per second", "1,234.5", 1234.5, NumberUnit.None)]
    [InlineData("an error of .25 remains", ".25", 0.25, NumberUnit.None)]
    [InlineData("it improves 3-5% on easy tasks", "3-5%", 3.0, NumberUnit.Percent)]
    [InlineData("Elo rises by 42 points", "42 points", 42.0, NumberUnit.Points)]
    public void Find_Value_HasSignedNumberAndUnit(string sentence, string text, double number, NumberUnit unit)
    {
        var value = NumberFinder.Find(sentence, 0, sentence.Length)[0];

        Assert.Equal(text, value.Text);
        Assert.Equal(number, value.Number, 10);
        Assert.Equal(unit, value.Unit);
    }

    [Theory]
    [InlineData("it improves 3-5% on easy tasks", 3.0, 5.0)]
    [InlineData("AUC rises by 0.25% to 11.74%", 0.25, 11.74)]
    [InlineData("delta F1 +0.12 to +0.23", 0.12, 0.23)]
    [InlineData("a change of -3 to -1.5 points", -3.0, -1.5)]
    public void Find_Range_IsOneValueWithBothEnds(string sentence, double lower, double upper)
    {
        var value = Assert.Single(NumberFinder.Find(sentence, 0, sentence.Length));

        Assert.Equal(lower, value.Number, 10);
        Assert.Equal(upper, value.Upper!.Value, 10);
        Assert.Equal(sentence[value.Start..value.End], value.Text);
    }

    [Theory]
    [InlineData("accuracy rises from 45.2% to 58.8%")]
    [InlineData("accuracy reaches 58.8%")]
    public void Find_ChangeOrSingleNumber_HasNoUpperEnd(string sentence)
    {
        Assert.All(NumberFinder.Find(sentence, 0, sentence.Length), value => Assert.Null(value.Upper));
    }

    [Fact]
    public void Find_Span_LooksOnlyInsideAndReportsOffsetsIntoTheText()
    {
        const string text = "Accuracy is 58.8%. Our model gains 3.1 pp over the baseline. It uses 4.5% of the data.";
        var start = text.IndexOf("Our", StringComparison.Ordinal);
        var end = text.IndexOf(" It", StringComparison.Ordinal);

        var values = NumberFinder.Find(text, start, end);

        var value = Assert.Single(values);
        Assert.Equal("3.1 pp", value.Text);
        Assert.Equal("3.1 pp", text[value.Start..value.End]);
    }

    [Fact]
    public void Find_NumberCutByTheSpanEnd_IsReadOnlyUpToTheEnd()
    {
        const string text = "It gains 58.8% overall.";
        var end = text.IndexOf('%', StringComparison.Ordinal);

        var value = Assert.Single(NumberFinder.Find(text, 0, end));

        Assert.Equal("58.8", value.Text);
        Assert.Equal(NumberUnit.None, value.Unit);
    }

    [Fact]
    public void Find_EmptySpan_FindsNothing()
    {
        Assert.Empty(NumberFinder.Find("58.8%", 2, 2));
    }

    [Fact]
    public void Find_SpanOutsideTheText_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberFinder.Find("58.8%", 0, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => NumberFinder.Find("58.8%", 3, 2));
    }
}
