using System.Diagnostics;
using FineTuneGraph.Corpus;
using FineTuneGraph.Text;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Benchmarks;

/// <summary>Streams a file through the corpus reader (and the sentence splitter) and reports time and peak memory.</summary>
internal static class CorpusReadBenchmark
{
    public static async Task<int> RunAsync(string path, bool merge)
    {
        var reader = new CorpusReader(Options.Create(new CorpusOptions()));
        var report = new CorpusReport();
        var inputs = CorpusInput.Expand([path], report);
        var papers = 0L;
        var sentences = 0L;
        long peakManaged = 0;
        var watch = Stopwatch.StartNew();
        var stream = merge ? reader.ReadAsync(inputs, CorpusFormat.Auto, report) : reader.ReadRecordsAsync(inputs, CorpusFormat.Auto, report);
        await foreach (var paper in stream)
        {
            papers++;
            sentences += SentenceSplitter.Split(paper.Abstract).Count;
            if (papers % 50_000 == 0)
            {
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(forceFullCollection: false));
            }
        }

        watch.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var size = new FileInfo(path).Length;
        Console.WriteLine(
            $"file {size / (1 << 20):N0} MiB | merge {(merge ? "on" : "off")} | papers {papers:N0} | sentences {sentences:N0} | problems {report.Problems.Count} | " +
            $"{watch.Elapsed.TotalSeconds:N1} s | {papers / watch.Elapsed.TotalSeconds:N0} papers/s | {size / (1 << 20) / watch.Elapsed.TotalSeconds:N0} MiB/s | " +
            $"peak working set {process.PeakWorkingSet64 / (1 << 20):N0} MiB | peak managed heap (sampled) {peakManaged / (1 << 20):N0} MiB");
        return 0;
    }
}
