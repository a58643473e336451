using System.Text.RegularExpressions;
using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Extraction;

public sealed class BacktrackingTwinTests
{
    private static readonly Lazy<CompiledRulePack> DefaultPack = new(() => CompiledRulePack.Compile(RulePackLoader.Load(CorpusTestKit.Repository("rules"))));

    /// <summary>Sentence-sized pieces of the sample and the development half of the unseen set.</summary>
    private static readonly Lazy<List<string>> Sentences = new(() =>
        File.ReadLines(CorpusTestKit.Repository("tests", "FineTuneGraph.Core.Tests", "TestData", "unseen", "dev", "abstracts.jsonl"))
            .Concat(File.ReadLines(CorpusTestKit.Repository("data", "hf-papers-fine-tuning.txt")))
            .SelectMany(line => line.Split(". "))
            .Where(sentence => sentence.Length <= BacktrackingTwin.MaxWindow)
            .ToList());

    [Fact]
    public void For_TwinsOnlyLinearRegexes_OnTheCompiledBacktrackingEngineWithTheTimeout()
    {
        Assert.Null(TwinOf(@"\b(?!New)(?<t>[A-Z]\w+) benchmark")); // look-ahead: already backtracking

        var twin = BacktrackingTwin.For(RegexSafety.Compile(@"\bwe propose (?<target>[A-Z]\w+)"));

        Assert.NotNull(twin);
        Assert.Equal(RegexOptions.None, twin.Options & RegexOptions.NonBacktracking);
        Assert.Equal(RegexOptions.Compiled, twin.Options & RegexOptions.Compiled);
        Assert.Equal(BacktrackingTwin.Timeout, twin.MatchTimeout);
        Assert.NotNull(BacktrackingTwin.For(RegexSafety.Compile(@"\bLoRA\b")));

        static Regex? TwinOf(string pattern) => BacktrackingTwin.For(RegexSafety.Compile(pattern));
    }

    /// <summary>
    /// The twins stand in for the linear-time engine, so over every context and pattern regex of the default pack and
    /// every sentence of the sample and unseen abstracts they must give the same matches and the same groups.
    /// </summary>
    [Fact]
    public void FirstMatch_GivesTheLinearEnginesMatchesAndGroups_OnTheDefaultPack()
    {
        var pack = DefaultPack.Value;
        var regexes = pack.Pack.Contexts.Select(c => c.Regex).Concat(pack.Pack.Patterns.Select(p => p.Regex))
            .Where(r => BacktrackingTwin.For(r) is not null).Distinct().ToList();
        var compared = 0;

        foreach (var regex in regexes)
        {
            foreach (var text in Sentences.Value)
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

    /// <summary>The same for whether there is a match, over every relation and finding regex of the default pack.</summary>
    [Fact]
    public void IsMatch_GivesTheLinearEnginesAnswer_OnTheDefaultPack()
    {
        var pack = DefaultPack.Value;
        var regexes = pack.Pack.Relations.SelectMany(r => (Regex?[])[r.Cue, r.Anaphora, r.BlockedBy, r.TargetAnaphora, r.Studied])
            .Concat(pack.Pack.Findings.SelectMany(f => (Regex?[])[f.Cue, f.Up, f.Down, f.Negation, f.Hedge, f.Comparator]))
            .OfType<Regex>().Where(r => BacktrackingTwin.For(r) is not null).Distinct().ToList();
        var matched = 0;

        foreach (var regex in regexes)
        {
            foreach (var text in Sentences.Value)
            {
                var expected = regex.IsMatch(text);
                Assert.True(expected == pack.IsMatch(regex, text, 0, text.Length), $"{regex} on '{text}': the engines disagree");
                matched += expected ? 1 : 0;
            }
        }

        Assert.True(regexes.Count > 10 && matched > 100, $"{regexes.Count} regexes, {matched} matches");
    }

    /// <summary>
    /// A pattern whose twin backtracks exponentially (each run of a's split into "a" and "aa" every way before a "b"
    /// that never comes: <see cref="RegexSafety"/> refuses it, so it is built here directly) gives up on the twin, and
    /// the linear-time engine answers instead.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void IsMatch_TwinThatTimesOut_FallsBackToTheLinearEngine(bool endsWithB)
    {
        var regex = new Regex("(?:a|aa){1,60}b", RegexOptions.NonBacktracking);
        var text = new string('a', 60) + (endsWithB ? "b" : "c");

        Assert.Throws<RegexMatchTimeoutException>(() => BacktrackingTwin.For(regex)!.IsMatch(new string('a', 60) + "c"));
        Assert.Equal(endsWithB, DefaultPack.Value.IsMatch(regex, text, 0, text.Length));
    }

    [Fact]
    public void FirstMatch_FindsGroupsInWindowsLongerThanTheTwinsLimit()
    {
        var regex = RegexSafety.Compile(@"\bcalled (?<target>[A-Z]\w+)");
        var text = new string('x', BacktrackingTwin.MaxWindow) + " a method called Nova.";

        var match = DefaultPack.Value.FirstMatch(regex, text, 0, text.Length);

        Assert.Equal("Nova", match.Groups["target"].Value);
    }
}
