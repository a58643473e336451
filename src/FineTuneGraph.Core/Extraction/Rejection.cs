namespace FineTuneGraph.Extraction;

/// <summary>A candidate that did not become a mention, and why: rule authors need to see silent drops.</summary>
public sealed record Rejection(string Type, string Key, int Start, int End, string Surface, string RuleId, string Reason);
