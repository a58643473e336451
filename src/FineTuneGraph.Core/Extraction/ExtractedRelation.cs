namespace FineTuneGraph.Extraction;

/// <summary>A relationship stated in one sentence, e.g. Method EVALUATED_ON Dataset, with its evidence.</summary>
/// <param name="FromType">Entity type of the source, or <c>Paper</c>.</param>
/// <param name="FromKey">Key of the source (the paper id for <c>Paper</c>).</param>
public sealed record ExtractedRelation(
    string Type,
    string FromType,
    string FromKey,
    string ToType,
    string ToKey,
    int Sentence,
    string RuleId,
    string Evidence);
