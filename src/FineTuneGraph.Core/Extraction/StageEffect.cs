namespace FineTuneGraph.Extraction;

/// <summary>
/// What one extraction stage did to a paper, for <c>ftg rules explain</c>: candidates it proposed, accepted mentions it
/// added and removed (a mention it changed counts as both), candidates it rejected, and the relations and findings it made.
/// </summary>
public sealed record StageEffect(string Stage, int Candidates, int MentionsAdded, int MentionsRemoved, int Rejected, int Relations, int Findings);
