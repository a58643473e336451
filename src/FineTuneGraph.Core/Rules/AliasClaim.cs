namespace FineTuneGraph.Rules;

/// <summary>An alias (or name) claimed by an entity: the words it matches, and whether only as written.</summary>
/// <param name="Order">When it was claimed in the pack, so that a conflict names the earliest claim.</param>
internal sealed record AliasClaim(string Key, string Alias, string Tokens, bool CaseSensitive, RuleSource Source, int Order);
