using System.Text.RegularExpressions;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;
using FineTuneGraph.Core.Tests.Support;

namespace FineTuneGraph.Core.Tests.Extraction;

public sealed class CaptureTwinTests
{
    [Fact]
    public void For_TwinsOnlyLinearRegexesWithGroups()
    {
        Assert.Null(CaptureTwin.For(RegexSafety.Compile(@"\bLoRA\b")));
        Assert.Null(CaptureTwin.For(RegexSafety.Compile(@"\b(?!New)(?<t>[A-Z]\w+) benchmark")));

        var twin = CaptureTwin.For(RegexSafety.Compile(@"\bwe propose (?<target>[A-Z]\w+)"));

        Assert.NotNull(twin);
        Assert.Equal(RegexOptions.None, twin.Options & RegexOptions.NonBacktracking);
        Assert.Equal(RegexSafety.BacktrackingTimeout, twin.MatchTimeout);
    }

    /// <summary>
    /// The twins stand in for the linear-time engine, so over every context and pattern regex of the default pack and
    /// every sentence of the sample and unseen abstracts they must give the same matches and the same groups.
    /// </summary>
    [Fact]
    public void FirstMatch_GivesTheLinearEnginesMatchesAndGroups_OnTheDefaultPack()
    {
        var pack = CompiledRulePack.Compile(RulePackLoader.Load(CorpusTestKit.Repository("rules")));
        var regexes = pack.Pack.Contexts.Select(c => c.Regex).Concat(pack.Pack.Patterns.Select(p => p.Regex))
            .Where(r => CaptureTwin.For(r) is not null).Distinct().ToList();
        var texts = File.ReadLines(CorpusTestKit.Repository("tests", "FineTuneGraph.Core.Tests", "TestData", "unseen", "dev", "abstracts.jsonl"))
            .Concat(File.ReadLines(CorpusTestKit.Repository("data", "hf-papers-fine-tuning.txt")))
            .SelectMany(line => line.Split(". "))
            .Where(sentence => sentence.Length <= CaptureTwin.MaxWindow)
            .ToList();
        var compared = 0;

        foreach (var regex in regexes)
        {
            foreach (var text in texts)
            {
                var expected = regex.Match(text, 0, text.Length);
                for (var actual = pack.FirstMatch(regex, text, 0, text.Length); actual.Success || expected.Success;
                     actual = CompiledRulePack.NextMatch(actual, regex, text, 0, text.Length), expected = expected.NextMatch())
                {
                    Assert.True(actual.Success && expected.Success, $"{regex}: one engine matched '{(actual.Success ? actual : expected).Value}', the other not");
                    Assert.Equal((expected.Index, expected.Length), (actual.Index, actual.Length));
                    foreach (var name in regex.GetGroupNames())
                    {
                        Assert.Equal((expected.Groups[name].Success, expected.Groups[name].Index, expected.Groups[name].Length),
                            (actual.Groups[name].Success, actual.Groups[name].Index, actual.Groups[name].Length));
                    }

                    compared++;
                }
            }
        }

        Assert.True(compared > 100, $"only {compared} matches compared");
    }

    [Fact]
    public void FirstMatch_FindsGroupsInWindowsLongerThanTheTwinsLimit()
    {
        var regex = RegexSafety.Compile(@"\bcalled (?<target>[A-Z]\w+)");
        var pack = CompiledRulePack.Compile(RulePackLoader.Load(CorpusTestKit.Repository("rules")));
        var text = new string('x', CaptureTwin.MaxWindow) + " a method called Nova.";

        var match = pack.FirstMatch(regex, text, 0, text.Length);

        Assert.Equal("Nova", match.Groups["target"].Value);
    }
}
