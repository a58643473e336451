namespace FineTuneGraph.Evaluation;

/// <summary>One entity of a paper in the gold schema.</summary>
/// <param name="Name">The canonical name.</param>
/// <param name="Mentions">Every distinct surface form in the title or abstract, verbatim.</param>
/// <param name="Proposed">Methods only: true when the paper introduces the method; null for the other types.</param>
public sealed record GoldEntity(string Name, IReadOnlyList<string> Mentions, bool? Proposed = null);
