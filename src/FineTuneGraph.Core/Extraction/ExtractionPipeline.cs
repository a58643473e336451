using System.Runtime.CompilerServices;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Extraction;

/// <summary>
/// Extracts a stream of papers on all cores and hands the results on in input order: papers are taken in
/// batches, each batch is extracted in parallel, then yielded in order. Memory is bounded by the batch size.
/// </summary>
public static class ExtractionPipeline
{
    /// <summary>Papers extracted per parallel batch.</summary>
    public const int BatchSize = 512;

    public static async IAsyncEnumerable<PaperExtraction> ExtractAsync(
        IAsyncEnumerable<Paper> papers,
        Extractor extractor,
        int degreeOfParallelism = 0,
        RuleStats? stats = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = degreeOfParallelism > 0 ? degreeOfParallelism : Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        var batch = new List<Paper>(BatchSize);
        var results = new PaperExtraction[BatchSize];
        await foreach (var paper in papers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(paper);
            if (batch.Count == BatchSize)
            {
                foreach (var result in Run(batch, results, extractor, options, stats))
                {
                    yield return result;
                }

                batch.Clear();
            }
        }

        foreach (var result in Run(batch, results, extractor, options, stats))
        {
            yield return result;
        }
    }

    private static PaperExtraction[] Run(List<Paper> batch, PaperExtraction[] results, Extractor extractor, ParallelOptions options, RuleStats? stats)
    {
        if (batch.Count == 0)
        {
            return [];
        }

        Parallel.For(0, batch.Count, options, i => results[i] = extractor.Extract(batch[i], stats));
        return results[..batch.Count];
    }
}
