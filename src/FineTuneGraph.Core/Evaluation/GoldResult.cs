namespace FineTuneGraph.Evaluation;

/// <summary>A numeric result stated in the abstract; the fields the sentence does not state are null.</summary>
/// <param name="Value">The value as written, e.g. <c>58.8%</c>.</param>
public sealed record GoldResult(string? Value, string? Metric, string? Dataset, string? Method, string? Model);
