namespace FineTuneGraph.Rules;

/// <summary>
/// The rule files of a pack folder, relative to it in ordinal order, and the problems met while listing them (a
/// folder that cannot be read, a folder link back into the pack, too many files), each with the path it concerns.
/// </summary>
internal sealed record RulePackListing(IReadOnlyList<string> Files, IReadOnlyList<(string Path, RuleMessage Message)> Problems);
