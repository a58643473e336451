namespace FineTuneGraph.Evaluation;

/// <summary>What is scored: the five entity types, the two relations, and results.</summary>
public enum EvaluationKind
{
    /// <summary>Method entities.</summary>
    Method,

    /// <summary>Model entities.</summary>
    Model,

    /// <summary>Dataset entities.</summary>
    Dataset,

    /// <summary>Task entities.</summary>
    Task,

    /// <summary>Metric entities.</summary>
    Metric,

    /// <summary>The <c>method_dataset</c> relation.</summary>
    MethodDataset,

    /// <summary>The <c>method_model</c> relation.</summary>
    MethodModel,

    /// <summary>Numeric results: the value, and the metric when both name one.</summary>
    Results,

    /// <summary>Numeric results with every field the gold states (metric, dataset, method, model) given and right.</summary>
    ResultsStrict,
}
