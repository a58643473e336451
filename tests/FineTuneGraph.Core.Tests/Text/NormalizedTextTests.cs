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

    [Theory]
    [InlineData("We propose $\\Psi$PO here.", "We propose \u03A8PO here.", "$\\Psi$PO")]
    [InlineData("Mistral-ORPO-$\\alpha$ is out.", "Mistral-ORPO-\u03B1 is out.", "Mistral-ORPO-$\\alpha$")]
    [InlineData("A \\beta-VAE model.", "A \u03B2-VAE model.", "\\beta-VAE")]
    [InlineData("Costs $\\alpha + \\beta$ and \\alphabet.", "Costs $\u03B1 + \u03B2$ and \\alphabet.", "")]
    public void Create_LatexGreekLetters_BecomeTheLetters(string original, string expected, string nameAsWritten)
    {
        var text = NormalizedText.Create(original);

        Assert.Equal(expected, text.Value);
        if (nameAsWritten.Length > 0)
        {
            var name = expected.Split(' ').First(w => w.Any(c => c > 0x7F));
            var at = text.Value.IndexOf(name, StringComparison.Ordinal);
            var (start, end) = text.ToOriginal(at, at + name.Length);
            Assert.Equal(nameAsWritten, original[start..end]);
        }
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
