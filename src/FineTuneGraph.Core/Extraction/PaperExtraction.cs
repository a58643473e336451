using FineTuneGraph.Corpus;

namespace FineTuneGraph.Extraction;

/// <summary>Everything extracted from one paper; a pure function of the paper and the compiled rule pack.</summary>
public sealed record PaperExtraction(
    Paper Paper,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedRelation> Relations,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<Rejection> Rejections);
