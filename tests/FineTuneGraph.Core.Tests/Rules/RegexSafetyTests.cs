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
