namespace FineTuneGraph.Core.Tests.Rules.Hostile;

/// <summary>
/// One hostile rule pack: how to write it into an empty folder, and what loading it must give: the codes of the
/// diagnostics (null: it loads), and where the first one is (<c>file:line:column</c>, or <c>pack</c>).
/// </summary>
/// <param name="Name">The case, as the report names it.</param>
/// <param name="Write">Writes the pack's files into the folder given.</param>
/// <param name="Codes">The distinct codes of the diagnostics, in order, joined by spaces; null when the pack loads.</param>
/// <param name="Where">Where the first diagnostic is; null when it loads, or when the place is not the point.</param>
internal sealed record HostileRulePack(string Name, Action<string> Write, string? Codes, string? Where = null);
