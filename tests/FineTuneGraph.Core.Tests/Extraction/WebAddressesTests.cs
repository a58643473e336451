using FineTuneGraph.Extraction;

namespace FineTuneGraph.Core.Tests.Extraction;

public sealed class WebAddressesTests
{
    [Fact]
    public void Find_AddressesGluedTogether_OneSpanCoversThemAll()
    {
        const string text = "see https://github.com/a/LoRAhttps://github.com/b/DPO.";

        var spans = WebAddresses.Find(text);

        Assert.All(spans, s => Assert.Equal("https://github.com/a/LoRAhttps://github.com/b/DPO", text[s.Start..s.End]));
    }

    [Fact]
    public void Find_AddressesJoinedByAClosingBracket_EachSpanStartsWhereTheLookBackStops()
    {
        const string text = "x (a://b)c://d) y";

        var spans = WebAddresses.Find(text);

        Assert.Equal(["a://b", "a://b)c://d"], spans.Select(s => text[s.Start..s.End]));
    }

    [Fact]
    public void Find_TenThousandGluedAddresses_SpansStayFew()
    {
        var text = string.Concat(Enumerable.Repeat("https://github.com/x/LoRA", 10_000));

        var spans = WebAddresses.Find(text);

        Assert.Equal(2, spans.Count);
        Assert.All(spans, s => Assert.Equal((0, text.Length), s));
    }
}
