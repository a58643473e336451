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
}
