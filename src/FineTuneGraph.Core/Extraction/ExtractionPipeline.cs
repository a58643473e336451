using System.Runtime.CompilerServices;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Extraction;

/// <summary>
/// The one way papers are extracted: on all cores, results in input order, each paper isolated so that a rule
/// failing on one paper costs only that paper. Memory is bounded by <see cref="BatchSize"/>.
/// </summary>
public static class ExtractionPipeline
{
    /// <summary>Papers extracted per parallel batch of a stream.</summary>
    public const int BatchSize = 512;

    /// <summary>Extracts a batch on up to <paramref name="degreeOfParallelism"/> cores (0: all of them), in input order.</summary>
    public static ExtractionOutcome[] ExtractBatch(IReadOnlyList<Paper> papers, Extractor extractor, int degreeOfParallelism = 0, RuleStats? stats = null, CancellationToken cancellationToken = default)
    {
        var results = new ExtractionOutcome[papers.Count];
        Run(papers, results, extractor, Options(degreeOfParallelism, cancellationToken), stats);
        return results;
    }

    /// <summary>Extracts a stream of papers batch by batch, handing each on in input order.</summary>
    public static async IAsyncEnumerable<ExtractionOutcome> ExtractAsync(
        IAsyncEnumerable<Paper> papers,
        Extractor extractor,
        int degreeOfParallelism = 0,
        RuleStats? stats = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var options = Options(degreeOfParallelism, cancellationToken);
        var batch = new List<Paper>(BatchSize);
        var results = new ExtractionOutcome[BatchSize];
        await foreach (var paper in papers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            batch.Add(paper);
            if (batch.Count == BatchSize)
            {
                Run(batch, results, extractor, options, stats);
                foreach (var result in results)
                {
                    yield return result;
                }

                batch.Clear();
            }
        }

        Run(batch, results, extractor, options, stats);
        for (var i = 0; i < batch.Count; i++)
        {
            yield return results[i];
        }
    }

    private static ParallelOptions Options(int degreeOfParallelism, CancellationToken cancellationToken) => new()
    {
        MaxDegreeOfParallelism = degreeOfParallelism > 0 ? degreeOfParallelism : Environment.ProcessorCount,
        CancellationToken = cancellationToken,
    };

    private static void Run(IReadOnlyList<Paper> batch, ExtractionOutcome[] results, Extractor extractor, ParallelOptions options, RuleStats? stats)
    {
        if (batch.Count > 0)
        {
            Parallel.For(0, batch.Count, options, i => results[i] = ExtractionOutcome.Of(extractor, batch[i], stats));
        }
    }
}
