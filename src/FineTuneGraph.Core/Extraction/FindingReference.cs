namespace FineTuneGraph.Extraction;

/// <summary>An entity a finding's value is about, and how the sentence writes it.</summary>
/// <param name="Key">The entity's key.</param>
/// <param name="Surface">The mention as written in the claim sentence; null when the entity is not named there (the paper's own method, named elsewhere).</param>
public sealed record FindingReference(string Key, string? Surface);
