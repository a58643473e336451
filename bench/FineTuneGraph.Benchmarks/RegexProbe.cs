using System.Diagnostics;
using System.Text.RegularExpressions;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Benchmarks;

/// <summary>
/// Each context and pattern regex of a pack run over every sentence of a corpus on each engine .NET offers (as the
/// pack compiled it, interpreted backtracking, compiled backtracking, linear-time): µs per abstract, to choose how
/// rule regexes are compiled. Triggers and filters are left out, so the figures are upper bounds of a rule's cost.
/// </summary>
internal static class RegexProbe
{
    public static async Task<int> RunAsync(string rules, string input, int rounds)
    {
        var pack = CompiledRulePack.Compile(RulePackLoader.Load(rules));
        var papers = await BenchCorpus.LoadAsync(input);
        var sentences = papers.Select(p => new PaperDocument(p))
            .SelectMany(d => d.Sentences.Select(s => d.Text.Substring(s.Start, s.Length)))
            .ToArray();
        var regexes = pack.Pack.Contexts.Select(c => ("context:" + c.Id, c.Regex)).Concat(pack.Pack.Patterns.Select(p => ("pattern:" + p.Id, p.Regex)));
        foreach (var (id, regex) in regexes)
        {
            var line = $"{id,-40} {((regex.Options & RegexOptions.NonBacktracking) != 0 ? "linear" : "backtracking"),-12}";
            foreach (var (engine, options) in Engines)
            {
                if (Build(regex, options) is not { } built)
                {
                    continue;
                }

                Time(built, sentences, 1);
                line += $" {engine}={Time(built, sentences, rounds).TotalMicroseconds / (rounds * (double)papers.Count),8:N2}";
            }

            Console.WriteLine(line);
        }

        return 0;
    }

    private static readonly (string Name, RegexOptions? Options)[] Engines =
    [
        ("as-compiled", null),
        ("interpreted", RegexOptions.CultureInvariant),
        ("compiled", RegexOptions.CultureInvariant | RegexOptions.Compiled),
        ("linear", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking),
    ];

    private static Regex? Build(Regex regex, RegexOptions? options)
    {
        if (options is not { } chosen)
        {
            return regex;
        }

        try
        {
            return (chosen & RegexOptions.NonBacktracking) != 0
                ? new Regex(regex.ToString(), chosen)
                : new Regex(regex.ToString(), chosen, RegexSafety.BacktrackingTimeout);
        }
        catch (NotSupportedException)
        {
            return null; // look-arounds on the linear-time engine
        }
    }

    private static TimeSpan Time(Regex regex, string[] sentences, int rounds)
    {
        var watch = Stopwatch.StartNew();
        var matches = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var sentence in sentences)
            {
                matches += regex.IsMatch(sentence) ? 1 : 0;
            }
        }

        GC.KeepAlive(matches);
        return watch.Elapsed;
    }
}
