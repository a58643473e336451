using System.Text.RegularExpressions;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Rules;

public sealed class RegexSafetyTests
{
    [Theory]
    [InlineData("(a+)+b", "(a+)+")]
    [InlineData(@"(\w*)*", @"(\w*)*")]
    [InlineData("(?:x+|y)+", "(?:x+|y)+")]
    [InlineData("((ab)*)+", "((ab)*)+")]
    [InlineData("((a+)?)*", "((a+)?)*")]
    [InlineData("(?<n>a{2,})+?", "(?<n>a{2,})+?")]
    [InlineData(@"x(?:[a-z]\s+){3,}", @"(?:[a-z]\s+){3,}")]
    [InlineData("(?i)(?:a|b+)*c", "(?:a|b+)*")]
    public void FindNestedUnboundedQuantifier_CatastrophicPattern_ReturnsTheGroup(string pattern, string fragment)
    {
        Assert.Equal(fragment, RegexSafety.FindNestedUnboundedQuantifier(pattern));
    }

    [Theory]
    [InlineData("(a{1,3}){1,2}")]
    [InlineData("(a+)?")]
    [InlineData("(a|b)*c")]
    [InlineData(@"(?:\s[A-Z][\w+-]*){0,3}")]
    [InlineData(@"[(a+)]+")]
    [InlineData(@"\(a+\)+")]
    [InlineData(@"(?#(a+)+)x")]
    [InlineData(@"\p{L}+(?:-\d)*")]
    [InlineData("(a+)b+")]
    [InlineData("(?i)a+")]
    [InlineData("a{2}{3}")]
    public void FindNestedUnboundedQuantifier_SafePattern_ReturnsNull(string pattern)
    {
        Assert.Null(RegexSafety.FindNestedUnboundedQuantifier(pattern));
    }

    [Theory]
    [InlineData("(a|a)*b", "(a|a)*")]
    [InlineData("(a|aa)+$", "(a|aa)+")]
    [InlineData(@"x(\d|\w)+", @"(\d|\w)+")]
    [InlineData("(?i)(?:lora|LoRA)+", "(?:lora|LoRA)+")]
    [InlineData("(?:a|ab|b){2,}", "(?:a|ab|b){2,}")]
    [InlineData("(.*a){20}", "(.*a){20}")]
    [InlineData(@"(?:[a-z]+-?){2,4}", @"(?:[a-z]+-?){2,4}")]
    [InlineData(@"(?=x)(x\w*){2,5}y", @"(x\w*){2,5}")]
    [InlineData(@"(?:\p{L}+[\s,]*){0,3}", @"(?:\p{L}+[\s,]*){0,3}")]
    public void FindAmbiguousRepetition_CatastrophicPattern_ReturnsTheRepetition(string pattern, string fragment)
    {
        Assert.Equal(fragment, RegexSafety.FindAmbiguousRepetition(pattern)?.Fragment);
    }

    [Theory]
    [InlineData("(a|b)*c")]
    [InlineData("(ab|a)*c")]
    [InlineData("(?:a|ab|c){2,}")]
    [InlineData(@"(?:\s[A-Z][\w+-]*){0,3}")]
    [InlineData(@"(?:(?:new|novel|large-scale)\s){0,3}")]
    [InlineData(@"(?:[\w-]+\s){0,2}?")]
    [InlineData(@"v\d+(?:\.\d+){0,3}")]
    [InlineData(@"(?:news|new)\s(?:\w+,\s)*")]
    [InlineData(@".*a.*b")]
    [InlineData(@"(?i)\b(?:we|our)\b")]
    [InlineData(@"[(a|a)*]")]
    [InlineData(@"(?#(a|a)*)x")]
    public void FindAmbiguousRepetition_SafePattern_ReturnsNull(string pattern)
    {
        Assert.Null(RegexSafety.FindAmbiguousRepetition(pattern));
    }

    [Fact]
    public void Compile_InlineIgnoreCase_RunsOnTheLinearEngine()
    {
        var regex = RegexSafety.Compile(@"(?i)\blora\b");

        Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Matches(regex, "we use LoRA here");
    }

    [Fact]
    public void Compile_BackReference_FallsBackToBacktrackingWithTimeout()
    {
        var regex = RegexSafety.Compile(@"(\w)\1");

        Assert.Equal(RegexSafety.BacktrackingTimeout, regex.MatchTimeout);
        Assert.Matches(regex, "llama");
    }

    [Fact]
    public void Compile_CatastrophicPattern_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => RegexSafety.Compile("(a+)+b"));

        Assert.StartsWith("regex has a nested unbounded quantifier ('(a+)+'), which backtracks catastrophically; rewrite it without repeating a repetition", ex.Message, StringComparison.Ordinal);
    }
}
