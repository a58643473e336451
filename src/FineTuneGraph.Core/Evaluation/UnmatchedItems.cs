namespace FineTuneGraph.Evaluation;

/// <summary>The items of one kind in one paper that the one-to-one matching left without a partner.</summary>
/// <param name="Gold">Indexes of the gold items left over: the false negatives.</param>
/// <param name="Predicted">Indexes of the predicted items left over: the false positives.</param>
internal sealed record UnmatchedItems(IReadOnlyList<int> Gold, IReadOnlyList<int> Predicted);
