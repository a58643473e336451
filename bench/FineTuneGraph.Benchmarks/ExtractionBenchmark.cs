using System.Diagnostics;
using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Benchmarks;

/// <summary>
/// Extraction speed on one core: the papers of a file are read into memory first, then each is extracted
/// (sentence splitting, normalisation, all rules) on one thread, several rounds, after a warm-up round.
/// </summary>
internal static class ExtractionBenchmark
{
    public static async Task<int> RunAsync(string rules, string input, int rounds)
    {
        var load = Stopwatch.StartNew();
        var extractor = new Extractor(CompiledRulePack.Compile(RulePackLoader.Load(rules)));
        load.Stop();
        var papers = await BenchCorpus.LoadAsync(input);

        var characters = papers.Sum(p => p.Title.Length + p.Abstract.Length);
        foreach (var paper in papers)
        {
            extractor.Extract(paper);
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var fastestRound = TimeSpan.MaxValue;
        var printRounds = Environment.GetEnvironmentVariable("FTG_BENCH_ROUND_TIMES") == "1";
        for (var round = 0; round < rounds; round++)
        {
            var roundStarted = Stopwatch.GetTimestamp();
            foreach (var paper in papers)
            {
                extractor.Extract(paper);
            }

            var roundTime = Stopwatch.GetElapsedTime(roundStarted);
            if (printRounds)
            {
                Console.Write($"{roundTime.TotalMilliseconds * 1000 / papers.Count:N0} ");
            }

            fastestRound = roundTime < fastestRound ? roundTime : fastestRound;
        }

        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        if (Environment.GetEnvironmentVariable("FTG_BENCH_RULE_TIMES") == "1")
        {
            var stats = new RuleStats();
            var statRounds = Math.Max(1, rounds / 4);
            for (var round = 0; round < statRounds; round++)
            {
                foreach (var paper in papers)
                {
                    extractor.Extract(paper, stats);
                }
            }

            foreach (var (rule, counter) in stats.Rules.Where(r => r.Value.Time.TotalMilliseconds * 1000 / (papers.Count * statRounds) >= 0.5).OrderByDescending(r => r.Value.Time))
            {
                Console.WriteLine($"  {counter.Time.TotalMilliseconds * 1000 / (papers.Count * statRounds),8:N1} µs/abstract  {rule}");
            }
        }

        var count = (double)papers.Count * rounds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        Console.WriteLine(
            $"rules {rules} loaded and compiled in {load.Elapsed.TotalSeconds:N2} s | {papers.Count} papers x {rounds} rounds, {characters / papers.Count:N0} chars/paper | " +
            $"{count / watch.Elapsed.TotalSeconds:N0} abstracts/s on one thread | {watch.Elapsed.TotalMilliseconds * 1000 / count:N0} µs/abstract | {allocated / count / 1024:N1} KiB allocated/abstract | " +
            $"fastest round {fastestRound.TotalMilliseconds * 1000 / papers.Count:N0} µs/abstract | CPU time {cpu.TotalMilliseconds * 1000 / count:N0} µs/abstract");
        return 0;
    }
}
