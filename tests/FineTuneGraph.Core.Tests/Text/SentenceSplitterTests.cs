using FineTuneGraph.Text;

namespace FineTuneGraph.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("We fine-tune models, e.g. Llama 2, on GSM8K. Results improve.", new[] { "We fine-tune models, e.g. Llama 2, on GSM8K.", "Results improve." })]
    [InlineData("Methods (i.e. LoRA) help. Smith et al. Show this.", new[] { "Methods (i.e. LoRA) help.", "Smith et al. Show this." })]
    [InlineData("DPO vs. PPO is studied. See Fig. 3 for details.", new[] { "DPO vs. PPO is studied.", "See Fig. 3 for details." })]
    [InlineData("Accuracy rises by 5.2% to 71.3%. Llama 2.5 is next.", new[] { "Accuracy rises by 5.2% to 71.3%.", "Llama 2.5 is next." })]
    [InlineData("Does it work? Yes! It does.", new[] { "Does it work?", "Yes!", "It does." })]
    [InlineData("We say \"it works.\" Then we stop.", new[] { "We say \"it works.\"", "Then we stop." })]
    [InlineData("It uses GSM8K. 85% of runs improve.", new[] { "It uses GSM8K.", "85% of runs improve." })]
    [InlineData("Trained by J. Smith and colleagues. Done.", new[] { "Trained by J. Smith and colleagues.", "Done." })]
    [InlineData("No final period", new[] { "No final period" })]
    [InlineData("First paragraph without period\n\nSecond paragraph.", new[] { "First paragraph without period", "Second paragraph." })]
    [InlineData("Wait... Then it worked.", new[] { "Wait...", "Then it worked." })]
    public void Split_HandlesAbbreviationsDecimalsAndQuotes(string text, string[] expected)
    {
        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(expected, sentences.Select(s => s.TextOf(text)));
        Assert.Equal(Enumerable.Range(0, expected.Length), sentences.Select(s => s.Index));
    }

    [Fact]
    public void Split_OffsetsPointIntoTheOriginalText()
    {
        const string text = "  Leading space. Second one.  ";

        var sentences = SentenceSplitter.Split(text);

        Assert.Equal(new Sentence(0, 2, 16), sentences[0]);
        Assert.Equal(new Sentence(1, 17, 28), sentences[1]);
    }

    [Fact]
    public void Split_Empty_GivesNoSentences()
    {
        Assert.Empty(SentenceSplitter.Split("   "));
    }
}
