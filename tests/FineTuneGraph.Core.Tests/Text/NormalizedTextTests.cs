using FineTuneGraph.Text;

namespace FineTuneGraph.Core.Tests.Text;

public sealed class NormalizedTextTests
{
    [Fact]
    public void Create_PlainAscii_IsTheSameString()
    {
        var text = NormalizedText.Create("LoRA on GSM8K");

        Assert.Same(text.Original, text.Value);
        Assert.Equal((3, 7), text.ToOriginal(3, 7));
    }

    [Fact]
    public void Create_DashesQuotesAndSpaces_BecomeAscii()
    {
        var text = NormalizedText.Create("fine\u2013tuning \u201Cworks\u201D\u00A0well");

        Assert.Equal("fine-tuning \"works\" well", text.Value);
    }

    [Fact]
    public void ToOriginal_AfterLigatureAndCombiningMarks_MapsBackToTheOriginalSpan()
    {
        // "ﬁ" (one char) becomes "fi" (two); "e" + combining acute (two chars) becomes "é" (one).
        const string original = "\uFB01ne-tuning cafe\u0301 LoRA";
        var text = NormalizedText.Create(original);

        Assert.Equal("fine-tuning café LoRA", text.Value);
        var lora = text.Value.IndexOf("LoRA", StringComparison.Ordinal);
        var (start, end) = text.ToOriginal(lora, lora + 4);
        Assert.Equal("LoRA", original[start..end]);
        var fine = text.ToOriginal(0, 4);
        Assert.Equal("\uFB01ne", original[fine.Start..fine.End]);
        var cafe = text.Value.IndexOf("café", StringComparison.Ordinal);
        var mapped = text.ToOriginal(cafe, cafe + 4);
        Assert.Equal("cafe\u0301", original[mapped.Start..mapped.End]);
    }

    [Fact]
    public void Create_InvisibleCharacters_AreRemoved()
    {
        var text = NormalizedText.Create("Lo\u00ADRA\u200B");

        Assert.Equal("LoRA", text.Value);
        Assert.Equal((0, 5), text.ToOriginal(0, 4));
    }
}
