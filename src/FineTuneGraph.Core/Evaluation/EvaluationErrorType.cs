namespace FineTuneGraph.Evaluation;

/// <summary>Which way a scored item is wrong.</summary>
public enum EvaluationErrorType
{
    /// <summary>Predicted, but matches nothing in the gold paper.</summary>
    FalsePositive,

    /// <summary>In the gold paper, but no prediction matches it.</summary>
    FalseNegative,
}
