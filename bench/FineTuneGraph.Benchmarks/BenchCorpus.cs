using FineTuneGraph.Corpus;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Benchmarks;

/// <summary>Reads a benchmark input into memory, so that timing covers extraction only.</summary>
internal static class BenchCorpus
{
    public static async Task<List<Paper>> LoadAsync(string input)
    {
        var papers = new List<Paper>();
        var report = new CorpusReport();
        await foreach (var paper in new CorpusReader(Options.Create(new CorpusOptions())).ReadAsync(CorpusInput.Expand([input], report), CorpusFormat.Auto, report))
        {
            papers.Add(paper);
        }

        return papers;
    }
}
