using System.Text.RegularExpressions;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Extraction;

public sealed class RequiredCharactersTests
{
    [Theory]
    [InlineData(@"\b(?:[Ww]e)\s(?:\w+\s){0,2}?propose[sd]?\b[^.;]{0,160}?\((?<target>[A-Z][\w+-]*)\)", "()")]
    [InlineData(@"^(?<target>[^:]{2,40}?)\s*:\s", ":")]
    [InlineData(@"(?<target>\b[A-Z][\w+-]*),\s+(?:a|an)\s+new", ",")]
    [InlineData(@"(?<f>[A-Z]\w*)-(?<s>\d+[BM])\b", "-")]
    [InlineData(@"a\.b\-+c", "-.")]
    public void Of_GivesTopLevelPunctuation(string pattern, string expected) =>
        Assert.Equal(expected, new string(RequiredCharacters.Of(RegexSafety.Compile(pattern))));

    [Theory]
    [InlineData(@"a\(?b")]                 // optional
    [InlineData(@"a,*b")]                  // optional
    [InlineData(@"a:{0,1}b")]              // optional
    [InlineData(@"(?:\w+\s){0,2}x")]       // the quantifier's comma is no character of the text
    [InlineData(@"a:b|c")]                 // another alternative needs no colon
    [InlineData(@"(?:a:b)|c")]
    [InlineData(@"[:,]x(?:,y)")]           // in a class or a group
    [InlineData(@"(?<w>\w+) \k<w>")]       // a back-reference's brackets
    [InlineData(@"\p{L}+x")]
    [InlineData(@"a(?#:)b")]
    public void Of_GivesNothingThatAMatchMayLack(string pattern) =>
        Assert.Empty(RequiredCharacters.Of(new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1))));
}
