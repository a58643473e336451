namespace FineTuneGraph.Evaluation;

/// <summary>
/// One error with its likely cause: an unmatched item on its own (<see cref="ErrorCause.Missed"/>,
/// <see cref="ErrorCause.Spurious"/>), or an unmatched gold item and an unmatched prediction near each other,
/// counted as one error.
/// </summary>
/// <param name="PaperId">The gold paper's id.</param>
/// <param name="Kind">The kind of the gold item, or of the prediction when there is no gold item.</param>
/// <param name="Cause">Why the items did not match.</param>
/// <param name="Gold">The gold item as text (see <see cref="EvaluationError.Item"/>); null for a spurious prediction.</param>
/// <param name="Predicted">The predicted item as text; null for a missed gold item.</param>
public sealed record ClassifiedError(string PaperId, EvaluationKind Kind, ErrorCause Cause, string? Gold, string? Predicted)
{
    /// <summary>Wrong type: the entity kind of the prediction (<see cref="Kind"/> is the gold's).</summary>
    public EvaluationKind? PredictedKind { get; init; }

    /// <summary>
    /// Wrong pair: the end that differs (<c>method</c>, <c>dataset</c> or <c>model</c>). Wrong field: the result
    /// fields that differ or are missing (<c>metric</c>, <c>dataset</c>, <c>method</c>, <c>model</c>). Empty otherwise.
    /// </summary>
    public IReadOnlyList<string> Differences { get; init; } = [];

    /// <summary>The items: <c>gold "Llama 2-Chat 70B", predicted "Llama 2-Chat"</c>, with the predicted kind or the differences when there are.</summary>
    public string Items
    {
        get
        {
            var parts = new List<string>(2);
            if (Gold is not null)
            {
                parts.Add($"gold \"{Gold}\"");
            }

            if (Predicted is not null)
            {
                parts.Add(PredictedKind is { } kind ? $"predicted \"{Predicted}\" as {kind.Name()}" : $"predicted \"{Predicted}\"");
            }

            var items = string.Join(", ", parts);
            return Differences.Count == 0 ? items : $"{items}; differs: {string.Join(", ", Differences)}";
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{Cause.Name()} {Kind.Name()} {PaperId}: {Items}";
}
