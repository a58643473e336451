using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using FineTuneGraph.Extraction;
using FineTuneGraph.LocalServer;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Benchmarks;

/// <summary>
/// Times one extraction of each hostile shape (<see cref="HostileShapes"/>) at growing sizes on one thread, to show
/// that the time grows with the length and not with its square. Writes one JSON line per shape and size.
/// </summary>
internal static class HostileBenchmark
{
    public static async Task<int> RunAsync(string rules, int[] sizes, string? onlyShape, TimeSpan budget, int repeat, string? output)
    {
        var extractor = new Extractor(CompiledRulePack.Compile(RulePackLoader.Load(rules)));
        var shapes = onlyShape is null ? HostileShapes.All : [HostileShapes.Named(onlyShape)];
        foreach (var shape in shapes)
        {
            // Compiles everything a shape reaches before anything is timed.
            ExtractionOutcome.Of(extractor, shape.PaperOf(2_000));
        }

        output ??= Path.Combine(RepositoryLayout.FindRoot() ?? ".", "artifacts", "reliability", "extraction.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        await using var writer = new StreamWriter(output);
        Console.WriteLine($"{"shape",-30} {string.Join(" ", sizes.Select(s => $"{HostileShapes.Kilo(s),14}"))}   entities at the largest size");
        foreach (var shape in shapes)
        {
            Console.Write($"{shape.Name,-30}");
            var skip = false;
            var entities = 0;
            foreach (var size in sizes)
            {
                if (skip)
                {
                    Console.Write($" {"not run",14}");
                    continue;
                }

                var paper = shape.PaperOf(size);
                // The fastest of the repeats: a shared machine only ever adds time. A paper the rules fail on (a regex
                // that needs backtracking ran out of its time) is timed too: the build reports it and goes on.
                var milliseconds = double.MaxValue;
                string? failure = null;
                for (var round = 0; round < repeat; round++)
                {
                    var started = Stopwatch.GetTimestamp();
                    var outcome = ExtractionOutcome.Of(extractor, paper);
                    milliseconds = Math.Min(milliseconds, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    (entities, failure) = (outcome.Extraction?.Entities.Count ?? 0, outcome.Failure);
                }

                var cell = milliseconds.ToString("N0", CultureInfo.InvariantCulture) + (failure is null ? " ms" : " ms failed");
                await writer.WriteLineAsync(failure is null
                    ? JsonSerializer.Serialize(new { shape = shape.Name, chars = paper.Title.Length + paper.Abstract.Length, milliseconds = Math.Round(milliseconds, 1), entities })
                    : JsonSerializer.Serialize(new { shape = shape.Name, chars = paper.Title.Length + paper.Abstract.Length, milliseconds = Math.Round(milliseconds, 1), entities, failure }));
                await writer.FlushAsync();
                // Quadratic growth would take four times as long at the next size: stay within the budget.
                skip = milliseconds * 4 > budget.TotalMilliseconds;
                Console.Write($" {cell,14}");
            }

            Console.WriteLine($"   {entities}");
        }

        Console.WriteLine($"wrote {output}");
        return 0;
    }
}
