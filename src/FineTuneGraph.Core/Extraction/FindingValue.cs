namespace FineTuneGraph.Extraction;

/// <summary>
/// One value of a finding with what that value is about: the metric, dataset, method and model of its own part of the
/// sentence ("3% in GSM8K accuracy and 1% in MATH accuracy": 1% is about MATH), or of the sentence when its part names
/// none. Null fields: the sentence does not say.
/// </summary>
/// <param name="Value">The number.</param>
/// <param name="Metric">The metric nearest the value.</param>
/// <param name="Dataset">The dataset nearest the value.</param>
/// <param name="Method">The method the value is about: the one it stands next to in parentheses ("RFT (53.6%)"), else the first subject of its part of the claim, else of the claim, else the paper's own method.</param>
/// <param name="Model">The model nearest the value, or the one it stands next to in parentheses.</param>
public sealed record FindingValue(NumericValue Value, FindingReference? Metric, FindingReference? Dataset, FindingReference? Method, FindingReference? Model);
