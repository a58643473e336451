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
        for (var i = 0; i < gold.Count; i++)
        {
            ScorePaper(tally, gold[i], predictionOf[i] ?? new GoldRecord(gold[i].Id, gold[i].Title));
        }

        var matched = predictionOf.Count(p => p is not null);
        return new EvaluationReport(tally.Scores, matched, gold.Count - matched, unmatchedPredicted, tally.Errors);
    }

    private static void ScorePaper(ScoreTally tally, GoldRecord gold, GoldRecord predicted)
    {
        var goldForms = EntityForms(gold);
        var predictedForms = EntityForms(predicted);

        foreach (var kind in EvaluationKinds.Entities)
        {
            var g = goldForms[kind];
            var p = predictedForms[kind];
            tally.Add(gold.Id, kind, gold.EntitiesOf(kind), predicted.EntitiesOf(kind), (i, j) => g[i].Overlaps(p[j]), e => e.Name);
        }

        ScorePairs(tally, EvaluationKind.MethodDataset, gold.Id, gold.MethodDataset, predicted.MethodDataset, goldForms, predictedForms, EvaluationKind.Dataset);
        ScorePairs(tally, EvaluationKind.MethodModel, gold.Id, gold.MethodModel, predicted.MethodModel, goldForms, predictedForms, EvaluationKind.Model);

        var goldResults = gold.Results;
        var predictedResults = predicted.Results;
        tally.Add(gold.Id, EvaluationKind.Results, goldResults, predictedResults, (i, j) => ResultsMatch(goldResults[i], predictedResults[j]), Describe);
        tally.Add(gold.Id, EvaluationKind.ResultsStrict, goldResults, predictedResults, (i, j) => ResultsMatchStrictly(goldResults[i], predictedResults[j], goldForms), Describe);
    }

    private static void ScorePairs(
        ScoreTally tally,
        EvaluationKind kind,
        string paperId,
        IReadOnlyList<GoldPair> gold,
        IReadOnlyList<GoldPair> predicted,
        Dictionary<EvaluationKind, List<HashSet<string>>> goldForms,
        Dictionary<EvaluationKind, List<HashSet<string>>> predictedForms,
        EvaluationKind targetKind)
    {
        var goldEnds = gold.Select(pair => Ends(pair, goldForms, targetKind)).ToList();
        var predictedEnds = predicted.Select(pair => Ends(pair, predictedForms, targetKind)).ToList();
        tally.Add(paperId, kind, gold, predicted,
            (i, j) => goldEnds[i].Method.Overlaps(predictedEnds[j].Method) && goldEnds[i].Target.Overlaps(predictedEnds[j].Target),
            pair => $"{pair.Method} -> {pair.Target}");
    }

    // A pair names its ends in any form; the paper's own entities supply the other forms, so that ["DPO", "GSM8K"]
    // matches ["direct preference optimization", "GSM8K"] when either paper lists "DPO" as a mention of that method.
    private static (HashSet<string> Method, HashSet<string> Target) Ends(
        GoldPair pair, Dictionary<EvaluationKind, List<HashSet<string>>> forms, EvaluationKind targetKind) =>
        (EndForms(pair.Method, forms[EvaluationKind.Method]), EndForms(pair.Target, forms[targetKind]));

    private static HashSet<string> EndForms(string name, List<HashSet<string>> entityForms)
    {
        var key = ScoringText.Normalize(name);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        if (key.Length == 0)
        {
            return forms;
        }

        forms.Add(key);
        foreach (var entity in entityForms)
        {
            if (entity.Contains(key))
            {
                forms.UnionWith(entity);
            }
        }

        return forms;
    }

    private static Dictionary<EvaluationKind, List<HashSet<string>>> EntityForms(GoldRecord record) =>
        EvaluationKinds.Entities.ToDictionary(kind => kind, kind => record.EntitiesOf(kind).Select(ScoringText.Forms).ToList());

    private static bool ResultsMatch(GoldResult gold, GoldResult predicted)
    {
        if (!string.Equals(ScoringText.Digits(gold.Value), ScoringText.Digits(predicted.Value), StringComparison.Ordinal))
        {
            return false;
        }

        var goldMetric = ScoringText.Normalize(gold.Metric);
        var predictedMetric = ScoringText.Normalize(predicted.Metric);
        return goldMetric.Length == 0 || predictedMetric.Length == 0 || string.Equals(goldMetric, predictedMetric, StringComparison.Ordinal);
    }

    // results_strict (GUIDELINES.md): equal digits, and every field the gold states is given by the prediction and
    // names the gold entity (its name or one of its mentions): the right number on the wrong dataset is an error.
    private static bool ResultsMatchStrictly(GoldResult gold, GoldResult predicted, Dictionary<EvaluationKind, List<HashSet<string>>> goldForms) =>
        string.Equals(ScoringText.Digits(gold.Value), ScoringText.Digits(predicted.Value), StringComparison.Ordinal)
        && FieldMatches(gold.Metric, predicted.Metric, goldForms[EvaluationKind.Metric])
        && FieldMatches(gold.Dataset, predicted.Dataset, goldForms[EvaluationKind.Dataset])
        && FieldMatches(gold.Method, predicted.Method, goldForms[EvaluationKind.Method])
        && FieldMatches(gold.Model, predicted.Model, goldForms[EvaluationKind.Model]);

    private static bool FieldMatches(string? gold, string? predicted, List<HashSet<string>> goldEntityForms)
    {
        var goldForms = EndForms(gold ?? string.Empty, goldEntityForms);
        return goldForms.Count == 0 || goldForms.Contains(ScoringText.Normalize(predicted));
    }

    private static string Describe(GoldResult result)
    {
        var fields = new[] { ("metric", result.Metric), ("dataset", result.Dataset), ("method", result.Method), ("model", result.Model) }
            .Where(f => !string.IsNullOrWhiteSpace(f.Item2))
            .Select(f => $"{f.Item1}: {f.Item2}")
            .ToList();
        var value = result.Value ?? "(no value)";
        return fields.Count == 0 ? value : $"{value} ({string.Join(", ", fields)})";
    }
}
