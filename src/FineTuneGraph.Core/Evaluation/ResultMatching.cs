namespace FineTuneGraph.Evaluation;

/// <summary>When a predicted result matches a gold result, under the <c>results</c> and the <c>results_strict</c> rules.</summary>
internal static class ResultMatching
{
    /// <summary><c>results</c>: equal digits, and equal metrics when both name one.</summary>
    public static bool Matches(GoldResult gold, GoldResult predicted) => SameDigits(gold, predicted) && MetricAgrees(gold, predicted);

    /// <summary>
    /// <c>results_strict</c> (GUIDELINES.md): equal digits, and every field the gold states is given by the prediction
    /// and names the gold entity (its name or one of its mentions): the right number on the wrong dataset is an error.
    /// </summary>
    public static bool MatchesStrictly(GoldResult gold, GoldResult predicted, PaperForms goldForms) =>
        SameDigits(gold, predicted) && ResultField.All.All(field => FieldAgrees(field, gold, predicted, goldForms));

    /// <summary>Equal values once everything but 0–9 and '.' is removed.</summary>
    public static bool SameDigits(GoldResult gold, GoldResult predicted) =>
        string.Equals(ScoringText.Digits(gold.Value), ScoringText.Digits(predicted.Value), StringComparison.Ordinal);

    /// <summary>The fields that keep two results with the same digits from matching under the rule of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<string> Differences(EvaluationKind kind, GoldResult gold, GoldResult predicted, PaperForms goldForms) => kind switch
    {
        EvaluationKind.Results => MetricAgrees(gold, predicted) ? [] : ["metric"],
        EvaluationKind.ResultsStrict => [.. ResultField.All.Where(field => !FieldAgrees(field, gold, predicted, goldForms)).Select(field => field.Name)],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a result kind"),
    };

    private static bool MetricAgrees(GoldResult gold, GoldResult predicted)
    {
        var goldMetric = ScoringText.Normalize(gold.Metric);
        var predictedMetric = ScoringText.Normalize(predicted.Metric);
        return goldMetric.Length == 0 || predictedMetric.Length == 0 || string.Equals(goldMetric, predictedMetric, StringComparison.Ordinal);
    }

    private static bool FieldAgrees(ResultField field, GoldResult gold, GoldResult predicted, PaperForms goldForms)
    {
        var forms = goldForms.OfName(field.ValueOf(gold), field.Kind);
        return forms.Count == 0 || forms.Contains(ScoringText.Normalize(field.ValueOf(predicted)));
    }
}
