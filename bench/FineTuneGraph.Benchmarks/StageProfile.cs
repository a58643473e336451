using System.Diagnostics;
using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Benchmarks;

/// <summary>
/// Where extraction spends its time and allocations: each stage timed and its allocations counted separately, on
/// one thread, over several rounds after a warm-up round; the document (sentences, tokens) and the gold record are
/// counted as stages of their own. Profiling aid for choosing what to make faster, not a speed figure.
/// </summary>
internal static class StageProfile
{
    public static async Task<int> RunAsync(string rules, string input, int rounds)
    {
        var pack = CompiledRulePack.Compile(RulePackLoader.Load(rules));
        var stages = ExtractionStages.Default(pack);
        var papers = await BenchCorpus.LoadAsync(input);
        var ticks = new long[stages.Count + 1];
        var bytes = new long[stages.Count + 1];
        for (var round = 0; round <= rounds; round++)
        {
            var measured = round > 0;
            foreach (var paper in papers)
            {
                Run(paper, stages, measured ? ticks : new long[ticks.Length], measured ? bytes : new long[bytes.Length]);
            }
        }

        var count = (double)papers.Count * rounds;
        var totalTicks = ticks.Sum();
        Console.WriteLine($"{"stage",-12} {"µs/abstract",12} {"share",6} {"KiB/abstract",13}");
        for (var i = 0; i < ticks.Length; i++)
        {
            var name = i == 0 ? "document" : stages[i - 1].Name;
            Console.WriteLine($"{name,-12} {Stopwatch.GetElapsedTime(0, ticks[i]).TotalMicroseconds / count,12:N1} {100.0 * ticks[i] / totalTicks,5:N1}% {bytes[i] / count / 1024,13:N1}");
        }

        Console.WriteLine($"{"total",-12} {Stopwatch.GetElapsedTime(0, totalTicks).TotalMicroseconds / count,12:N1} {100,5:N1}% {bytes.Sum() / count / 1024,13:N1}");
        return 0;
    }

    private static void Run(Paper paper, IReadOnlyList<IExtractionStage> stages, long[] ticks, long[] bytes)
    {
        var (started, allocated) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
        using var work = new ExtractionWork(new PaperDocument(paper), null);
        Account(0, ref started, ref allocated, ticks, bytes);
        for (var i = 0; i < stages.Count; i++)
        {
            stages[i].Run(work);
            Account(i + 1, ref started, ref allocated, ticks, bytes);
        }
    }

    private static void Account(int slot, ref long started, ref long allocated, long[] ticks, long[] bytes)
    {
        var (now, nowAllocated) = (Stopwatch.GetTimestamp(), GC.GetAllocatedBytesForCurrentThread());
        ticks[slot] += now - started;
        bytes[slot] += nowAllocated - allocated;
        (started, allocated) = (now, nowAllocated);
    }
}
