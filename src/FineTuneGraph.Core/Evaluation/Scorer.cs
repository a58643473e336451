namespace FineTuneGraph.Evaluation;

/// <summary>Scores predicted records against gold records by the rules of the annotation guidelines.</summary>
public static class Scorer
{
    /// <summary>
    /// Pairs papers (by id, else by title slug), matches each paper's items one-to-one, and micro-averages the
    /// counts over all gold papers. A gold paper without prediction counts every item as a false negative; a
    /// predicted paper without gold paper is not scored, only counted.
    /// </summary>
    public static EvaluationReport Score(IReadOnlyList<GoldRecord> gold, IReadOnlyList<GoldRecord> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);

        var (predictionOf, unmatchedPredicted) = PaperPairing.Pair(gold, predicted);
        var tally = new ScoreTally();
        var classified = new List<ClassifiedError>();
        for (var i = 0; i < gold.Count; i++)
        {
            var misses = ScorePaper(tally, gold[i], predictionOf[i] ?? new GoldRecord(gold[i].Id, gold[i].Title));
            classified.AddRange(ErrorClassifier.Classify(misses));
        }

        var matched = predictionOf.Count(p => p is not null);
        return new EvaluationReport(tally.Scores, matched, gold.Count - matched, unmatchedPredicted, tally.Errors) { ClassifiedErrors = classified };
    }

    private static PaperMisses ScorePaper(ScoreTally tally, GoldRecord gold, GoldRecord predicted)
    {
        var goldForms = new PaperForms(gold);
        var predictedForms = new PaperForms(predicted);
        var misses = new PaperMisses(gold.Id, gold, predicted, goldForms, predictedForms);

        foreach (var kind in EvaluationKinds.Entities)
        {
            var g = goldForms.Of(kind);
            var p = predictedForms.Of(kind);
            misses.Add(kind, tally.Add(gold.Id, kind, gold.EntitiesOf(kind), predicted.EntitiesOf(kind), (i, j) => g[i].Overlaps(p[j]), ItemText.Of));
        }

        misses.Add(EvaluationKind.MethodDataset,
            ScorePairs(tally, EvaluationKind.MethodDataset, gold.Id, gold.MethodDataset, predicted.MethodDataset, goldForms, predictedForms, EvaluationKind.Dataset));
        misses.Add(EvaluationKind.MethodModel,
            ScorePairs(tally, EvaluationKind.MethodModel, gold.Id, gold.MethodModel, predicted.MethodModel, goldForms, predictedForms, EvaluationKind.Model));

        var goldResults = gold.Results;
        var predictedResults = predicted.Results;
        misses.Add(EvaluationKind.Results,
            tally.Add(gold.Id, EvaluationKind.Results, goldResults, predictedResults, (i, j) => ResultMatching.Matches(goldResults[i], predictedResults[j]), ItemText.Of));
        misses.Add(EvaluationKind.ResultsStrict,
            tally.Add(gold.Id, EvaluationKind.ResultsStrict, goldResults, predictedResults, (i, j) => ResultMatching.MatchesStrictly(goldResults[i], predictedResults[j], goldForms), ItemText.Of));
        return misses;
    }

    private static UnmatchedItems ScorePairs(
        ScoreTally tally,
        EvaluationKind kind,
        string paperId,
        IReadOnlyList<GoldPair> gold,
        IReadOnlyList<GoldPair> predicted,
        PaperForms goldForms,
        PaperForms predictedForms,
        EvaluationKind targetKind)
    {
        var goldEnds = gold.Select(pair => goldForms.Ends(pair, targetKind)).ToList();
        var predictedEnds = predicted.Select(pair => predictedForms.Ends(pair, targetKind)).ToList();
        return tally.Add(paperId, kind, gold, predicted,
            (i, j) => goldEnds[i].Method.Overlaps(predictedEnds[j].Method) && goldEnds[i].Target.Overlaps(predictedEnds[j].Target),
            ItemText.Of);
    }
}
