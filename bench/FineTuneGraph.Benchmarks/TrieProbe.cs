using System.Diagnostics;
using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Benchmarks;

/// <summary>Times the parts of dictionary matching on their own: tokenizing, symbol look-ups, trie walks.</summary>
internal static class TrieProbe
{
    private static readonly int Rounds = int.TryParse(Environment.GetEnvironmentVariable("FTG_BENCH_TRIE_ROUNDS"), out var rounds) ? rounds : 20;

    public static async Task<int> RunAsync(string rules, string input)
    {
        var pack = CompiledRulePack.Compile(RulePackLoader.Load(rules));
        var documents = (await BenchCorpus.LoadAsync(input)).Select(p => new PaperDocument(p)).ToList();

        var hits = new List<TermMatcher.Hit>();
        Time("document build", () => { foreach (var d in documents) { _ = new PaperDocument(d.Paper); } });
        Time("FindAll", () => { foreach (var d in documents) { hits.Clear(); pack.Terms.FindAll(d.Text, d.Tokens, hits); } });
        Console.WriteLine($"tokens/abstract {documents.Average(d => d.Tokens.Count):N0}, hits/abstract {documents.Sum(d => { var h = new List<TermMatcher.Hit>(); pack.Terms.FindAll(d.Text, d.Tokens, h); return h.Count; }) / (double)documents.Count:N0}");
        return 0;

        void Time(string what, Action action)
        {
            action();
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < Rounds; i++)
            {
                action();
            }

            Console.WriteLine($"{what}: {watch.Elapsed.TotalMilliseconds * 1000 / ((double)Rounds * documents.Count):N1} µs/abstract");
        }
    }
}
