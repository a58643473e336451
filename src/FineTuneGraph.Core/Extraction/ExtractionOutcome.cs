using FineTuneGraph.Corpus;

namespace FineTuneGraph.Extraction;

/// <summary>One paper's extraction, or why the rules failed on it (a rule that timed out or threw costs only that paper).</summary>
/// <param name="Paper">The paper.</param>
/// <param name="Extraction">What was extracted; null when <paramref name="Failure"/> says why not.</param>
/// <param name="Failure">Why the paper could not be extracted.</param>
public sealed record ExtractionOutcome(Paper Paper, PaperExtraction? Extraction, string? Failure)
{
    /// <summary>Extracts <paramref name="paper"/>, turning any failure other than cancellation into a reason.</summary>
    public static ExtractionOutcome Of(Extractor extractor, Paper paper, RuleStats? stats = null)
    {
        try
        {
            return new ExtractionOutcome(paper, extractor.Extract(paper, stats), null);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            return new ExtractionOutcome(paper, null, $"extraction failed ({error.GetType().Name}): {error.Message}");
        }
    }
}
