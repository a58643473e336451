namespace FineTuneGraph.Evaluation;

/// <summary>
/// Explains one paper's errors by cause. Unmatched gold items and predictions that are near each other are paired
/// first (wrong type, then wrong boundary, wrong pair, wrong field), each item in at most one pair and each pair one
/// error; the gold items left are missed and the predictions left spurious.
/// </summary>
internal static class ErrorClassifier
{
    /// <summary>The paper's errors by kind (report order), then cause.</summary>
    public static IReadOnlyList<ClassifiedError> Classify(PaperMisses misses)
    {
        var errors = new List<ClassifiedError>();
        // Wrong type goes first: the same form under another kind says more than a form inside another.
        EntityNearMisses.WrongTypes(misses, errors);
        foreach (var kind in EvaluationKinds.Entities)
        {
            EntityNearMisses.WrongBoundaries(misses, kind, errors);
        }

        RelationNearMisses.WrongPairs(misses, EvaluationKind.MethodDataset, EvaluationKind.Dataset, "dataset", errors);
        RelationNearMisses.WrongPairs(misses, EvaluationKind.MethodModel, EvaluationKind.Model, "model", errors);
        RelationNearMisses.WrongFields(misses, EvaluationKind.Results, errors);
        RelationNearMisses.WrongFields(misses, EvaluationKind.ResultsStrict, errors);

        foreach (var kind in EvaluationKinds.All)
        {
            errors.AddRange(misses.GoldLeft(kind).Select(i => new ClassifiedError(misses.PaperId, kind, ErrorCause.Missed, misses.GoldText(kind, i), null)));
            errors.AddRange(misses.PredictedLeft(kind).Select(j => new ClassifiedError(misses.PaperId, kind, ErrorCause.Spurious, null, misses.PredictedText(kind, j))));
        }

        return [.. errors.OrderBy(e => e.Kind).ThenBy(e => e.Cause)];
    }
}
