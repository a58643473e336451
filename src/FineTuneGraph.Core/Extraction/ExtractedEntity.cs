namespace FineTuneGraph.Extraction;

/// <summary>One entity of a paper: canonical identity, attributes, every mention, and whether the paper proposes it.</summary>
/// <param name="Local">True for entities found only in this paper (acronym definitions, "we propose X"), not in the dictionary.</param>
public sealed record ExtractedEntity(
    string Type,
    string Key,
    string Name,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<Mention> Mentions,
    bool Proposed,
    bool Local);
