namespace FineTuneGraph.Evaluation;

/// <summary>Unmatched gold and predicted pairs or results near each other: wrong pair and wrong field.</summary>
internal static class RelationNearMisses
{
    /// <summary>A gold pair and a predicted pair with exactly one end in common (the forms the scoring compares).</summary>
    /// <param name="misses">The paper.</param>
    /// <param name="kind"><see cref="EvaluationKind.MethodDataset"/> or <see cref="EvaluationKind.MethodModel"/>.</param>
    /// <param name="targetKind">The entity kind of the pairs' second end.</param>
    /// <param name="targetName">The second end's name in the differences: <c>dataset</c> or <c>model</c>.</param>
    /// <param name="errors">Where the errors are added.</param>
    public static void WrongPairs(PaperMisses misses, EvaluationKind kind, EvaluationKind targetKind, string targetName, List<ClassifiedError> errors)
    {
        var goldPairs = PairsOf(misses.Gold, kind);
        var predictedPairs = PairsOf(misses.Predicted, kind);
        var goldEnds = goldPairs.Select(pair => misses.GoldForms.Ends(pair, targetKind)).ToList();
        var predictedEnds = predictedPairs.Select(pair => misses.PredictedForms.Ends(pair, targetKind)).ToList();
        bool SameMethod(int i, int j) => goldEnds[i].Method.Overlaps(predictedEnds[j].Method);
        bool SameTarget(int i, int j) => goldEnds[i].Target.Overlaps(predictedEnds[j].Target);

        var pairs = NearMissPairing.Pair(misses.GoldLeft(kind), misses.PredictedLeft(kind), (i, j) => SameMethod(i, j) != SameTarget(i, j));
        foreach (var (i, j) in pairs)
        {
            misses.Explain(kind, i, kind, j);
            errors.Add(new ClassifiedError(misses.PaperId, kind, ErrorCause.WrongPair, misses.GoldText(kind, i), misses.PredictedText(kind, j))
            {
                Differences = [SameMethod(i, j) ? targetName : "method"],
            });
        }
    }

    /// <summary>A gold result and a predicted result with the same digits, and the fields that keep them apart under the rule of <paramref name="kind"/>.</summary>
    public static void WrongFields(PaperMisses misses, EvaluationKind kind, List<ClassifiedError> errors)
    {
        var gold = misses.Gold.Results;
        var predicted = misses.Predicted.Results;
        var pairs = NearMissPairing.Pair(misses.GoldLeft(kind), misses.PredictedLeft(kind), (i, j) => ResultMatching.SameDigits(gold[i], predicted[j]));
        foreach (var (i, j) in pairs)
        {
            misses.Explain(kind, i, kind, j);
            errors.Add(new ClassifiedError(misses.PaperId, kind, ErrorCause.WrongField, misses.GoldText(kind, i), misses.PredictedText(kind, j))
            {
                Differences = ResultMatching.Differences(kind, gold[i], predicted[j], misses.GoldForms),
            });
        }
    }

    private static IReadOnlyList<GoldPair> PairsOf(GoldRecord record, EvaluationKind kind) =>
        kind == EvaluationKind.MethodDataset ? record.MethodDataset : record.MethodModel;
}
