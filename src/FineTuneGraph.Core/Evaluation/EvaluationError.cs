namespace FineTuneGraph.Evaluation;

/// <summary>One false positive or false negative.</summary>
/// <param name="PaperId">The gold paper's id.</param>
/// <param name="Kind">The entity type or relation.</param>
/// <param name="Type">False positive or false negative.</param>
/// <param name="Item">The item as text: an entity's name, <c>method -> target</c>, or a result's value and fields.</param>
public sealed record EvaluationError(string PaperId, EvaluationKind Kind, EvaluationErrorType Type, string Item)
{
    /// <summary><c>FP</c> or <c>FN</c>.</summary>
    public string Code => Type == EvaluationErrorType.FalsePositive ? "FP" : "FN";

    /// <inheritdoc />
    public override string ToString() => $"{PaperId}: {Code} {Kind.Name()} \"{Item}\"";
}
