namespace FineTuneGraph.Evaluation;

/// <summary>The kinds in report order, and the names the schema and the report give them.</summary>
public static class EvaluationKinds
{
    /// <summary>Method, Model, Dataset, Task, Metric.</summary>
    public static IReadOnlyList<EvaluationKind> Entities { get; } =
        [EvaluationKind.Method, EvaluationKind.Model, EvaluationKind.Dataset, EvaluationKind.Task, EvaluationKind.Metric];

    /// <summary>method_dataset, method_model, results, results_strict.</summary>
    public static IReadOnlyList<EvaluationKind> Relations { get; } =
        [EvaluationKind.MethodDataset, EvaluationKind.MethodModel, EvaluationKind.Results, EvaluationKind.ResultsStrict];

    /// <summary>Entities, then relations.</summary>
    public static IReadOnlyList<EvaluationKind> All { get; } = [.. Entities, .. Relations];

    /// <summary>True for the five entity types.</summary>
    public static bool IsEntity(this EvaluationKind kind) => kind <= EvaluationKind.Metric;

    /// <summary>The report's name: the entity type (<c>Method</c>) or the schema field (<c>method_dataset</c>, <c>results</c>).</summary>
    public static string Name(this EvaluationKind kind) => kind switch
    {
        EvaluationKind.MethodDataset => "method_dataset",
        EvaluationKind.MethodModel => "method_model",
        EvaluationKind.Results => "results",
        EvaluationKind.ResultsStrict => "results_strict",
        _ => kind.ToString(),
    };
}
