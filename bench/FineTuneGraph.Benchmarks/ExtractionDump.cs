using System.Text.Json;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Benchmarks;

/// <summary>
/// Writes everything extracted from each paper (mentions with offsets, relations, findings, rejections), one JSON
/// line per paper, so a speed change can be checked for identical output byte by byte.
/// </summary>
internal static class ExtractionDump
{
    public static async Task<int> RunAsync(string rules, string output, IReadOnlyList<string> inputs)
    {
        var extractor = new Extractor(CompiledRulePack.Compile(RulePackLoader.Load(rules)));
        await using var writer = new StreamWriter(output);
        foreach (var input in inputs)
        {
            foreach (var paper in await BenchCorpus.LoadAsync(input))
            {
                var result = extractor.Extract(paper);
                await writer.WriteLineAsync(JsonSerializer.Serialize(new { paper.Id, paper.Title, paper.Abstract, result.Entities, result.Relations, result.Findings, result.Rejections }));
            }
        }

        return 0;
    }

    /// <summary>The same for every hostile shape at each size (a failure is written as such), to compare outputs on hostile text.</summary>
    public static async Task<int> RunHostileAsync(string rules, string output, IReadOnlyList<int> sizes)
    {
        var extractor = new Extractor(CompiledRulePack.Compile(RulePackLoader.Load(rules)));
        await using var writer = new StreamWriter(output);
        foreach (var shape in HostileShapes.All)
        {
            foreach (var size in sizes)
            {
                var paper = shape.PaperOf(size);
                var outcome = ExtractionOutcome.Of(extractor, paper);
                await writer.WriteLineAsync(outcome.Extraction is { } result
                    ? JsonSerializer.Serialize(new { paper.Id, size, result.Entities, result.Relations, result.Findings, result.Rejections })
                    : JsonSerializer.Serialize(new { paper.Id, size, outcome.Failure }));
            }
        }

        return 0;
    }
}
