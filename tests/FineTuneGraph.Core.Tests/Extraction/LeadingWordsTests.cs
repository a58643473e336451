using System.Text.RegularExpressions;
using FineTuneGraph.Extraction;
using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Extraction;

public sealed class LeadingWordsTests
{
    [Theory]
    [InlineData(@"\b(?:datasets?|benchmarks?|corpora|tasks)\b[^.;]{0,40}?(?:such as|:)\s?(?<target>[A-Z][\w+-]*)", "datasets dataset benchmarks benchmark corpora tasks")]
    [InlineData(@"\b(?:[Ww]e|[Tt]his (?:paper|work|study)|[Oo]ur (?:work|paper))\s+(?:propose|introduce)[sd]?\s+(?<target>[A-Z]\w*)", "we this our")]
    [InlineData(@"\b(?:called|named|dubbed)\s+(?<target>[A-Z][\w+-]*)", "called named dubbed")]
    [InlineData(@"\b[Oo]ur\s(?:method|approach),\s(?<target>[A-Z][\w+-]*[\w+])", "our")]
    [InlineData(@"\b(?:model|LLM|MLLM)s?,?\s(?:called|named)\s(?<target>[A-Z][\w+.-]*[\w+])", "model llm mllm models llms mllms")]
    public void Of_GivesTheWordsEveryMatchStartsWith(string pattern, string expected) =>
        Assert.Equal(expected.Split(' ').Order(), LeadingWords.Of(RegexSafety.Compile(pattern))!.Order());

    [Theory]
    [InlineData(@"(?i)\b(?:we (?:show|find)\w*|improv\w*)\b")]   // any case: the regex may match what lower-casing does not give
    [InlineData(@"\b(?:datasets?|benchmarks?)\s*(?:,|called)")]    // "benchmarkcalled" is one word
    [InlineData(@"\b(?:the\s+)?(?<target>[A-Z][\w+-]*)\s+benchmark")] // optional group
    [InlineData(@"\b(?:we|our)?x")]
    [InlineData(@"\bdataset\b|corpus")]                             // another alternative at the top
    [InlineData(@"\b(?:dataset|corpus)\w*")]                         // the word may go on
    [InlineData(@"\b(?:dataset|corpus)-x")]
    [InlineData(@"\bdata\.set\b")]
    [InlineData(@"(?<target>\b[A-Z][\w+.-]*[\w+]),\s(?:an?|our)\smodel")]
    [InlineData(@"^(?<target>[^:]{2,40}?)\s*:\s")]
    [InlineData(@"\b(?<=x )we\b")]
    [InlineData(@"\bwe\b(?<!x we)")]
    [InlineData(@"\bw[a-z]\b")]
    public void Of_GivesNothingWhenAMatchMayStartElsewhere(string pattern) =>
        Assert.Null(LeadingWords.Of(new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1))));

    [Fact]
    public void Of_TheDefaultPack_FindsLeadingWordsOfTheWeProposeAndListRules()
    {
        var pack = RulePackLoader.Load(CorpusTestKit.Repository("rules"));

        var withLeads = pack.Contexts.Where(c => LeadingWords.Of(c.Regex) is not null).Select(c => c.Id).ToArray();

        Assert.Contains("dataset-list", withLeads);
        Assert.Contains("we-propose", withLeads);
        Assert.DoesNotContain("model-apposition", withLeads);
    }

}
