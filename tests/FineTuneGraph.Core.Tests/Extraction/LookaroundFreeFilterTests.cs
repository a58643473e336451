using System.Text.RegularExpressions;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Extraction;

public sealed class LookaroundFreeFilterTests
{
    [Theory]
    [InlineData(@"^(?!.*\b(?:In|On)\b[^:]*:)(?<t>[A-Z]\w*)\s*:", @"^(?:)(?<t>[A-Z]\w*)\s*:")]
    [InlineData(@"a(?=\s?[,(]|\s(?:which|that)\b)", "a(?:)")]
    [InlineData(@"(?<=x)y(?<!z)", "(?:)y(?:)")]
    [InlineData(@"[(](?=[)\]])\((?<name>b)", @"[(](?:)\((?<name>b)")]
    [InlineData(@"\s(?!(?:New|Open)\b)(?<t>[A-Z][a-z]+(?:-[A-Za-z][a-z]*){0,3})", @"\s(?:)(?<t>[A-Z][a-z]+(?:-[A-Za-z][a-z]*){0,3})")]
    public void StripLookarounds_ReplacesEachLookaroundByAnEmptyGroup(string pattern, string expected) =>
        Assert.Equal(expected, LookaroundFreeFilter.StripLookarounds(pattern));

    [Theory]
    [InlineData("a(?#comment)(?=b)")]
    [InlineData("[a-z-[aeiou]](?=b)")]
    [InlineData("x-[a-z-[aeiou]](?=b)")]
    [InlineData("a(?=b")]
    public void StripLookarounds_RefusesWhatItCannotFollow(string pattern) =>
        Assert.Null(LookaroundFreeFilter.StripLookarounds(pattern));

    [Fact]
    public void For_GivesNoFilterToLinearRegexesOrBackReferences()
    {
        Assert.Null(LookaroundFreeFilter.For(RegexSafety.Compile(@"\bLoRA\b")));
        Assert.Null(LookaroundFreeFilter.For(RegexSafety.Compile(@"(?<w>\w+) \k<w>(?!x)")));
    }

    [Theory]
    [InlineData("Masked Thought: Simply Masking", true)]
    [InlineData("Learning On Context: Masking", true)]
    [InlineData("a title without the colon", false)]
    public void Filter_MatchesWhereverTheOriginalDoes(string title, bool filterMatches)
    {
        var original = RegexSafety.Compile(@"^(?!.*\b(?:In|On)\b[^:]*:)(?<target>[A-Z][\w-]*(?:\s[A-Z][\w-]*){1,2})\s*:\s");
        var filter = LookaroundFreeFilter.For(original);

        Assert.NotNull(filter);
        Assert.Equal(filterMatches, filter.IsMatch(title));
        Assert.True(filter.IsMatch(title) || !original.IsMatch(title));
    }
}
