namespace FineTuneGraph.Evaluation;

/// <summary>One of the fields a result may state beside its value, and the entity kind it names.</summary>
/// <param name="Name">The schema's name: <c>metric</c>, <c>dataset</c>, <c>method</c> or <c>model</c>.</param>
/// <param name="Kind">The entity kind the field names.</param>
/// <param name="ValueOf">The field of a result.</param>
internal sealed record ResultField(string Name, EvaluationKind Kind, Func<GoldResult, string?> ValueOf)
{
    /// <summary>Metric, dataset, method, model: the schema's order.</summary>
    public static IReadOnlyList<ResultField> All { get; } =
    [
        new("metric", EvaluationKind.Metric, r => r.Metric),
        new("dataset", EvaluationKind.Dataset, r => r.Dataset),
        new("method", EvaluationKind.Method, r => r.Method),
        new("model", EvaluationKind.Model, r => r.Model),
    ];
}
