using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

/// <summary>
/// Which relationship a pair keeps when two rules relate it in one sentence: a rule's <c>yields_to</c> leaves the
/// pair to the named types ("trained on UltraFeedback" is TRAINED_ON, not also EVALUATED_ON).
/// </summary>
internal static class RelationPrecedence
{
    /// <summary>The relations without those that yield to another relation of the same pair in the same sentence.</summary>
    public static IReadOnlyList<ExtractedRelation> Apply(IReadOnlyList<RelationRule> rules, List<ExtractedRelation> relations)
    {
        Dictionary<string, IReadOnlyList<string>>? yielding = null;
        foreach (var rule in rules)
        {
            if (rule.YieldsTo is { Count: > 0 })
            {
                (yielding ??= new(StringComparer.Ordinal))["relation:" + rule.Id] = rule.YieldsTo;
            }
        }

        if (yielding is null)
        {
            return relations;
        }

        var stated = new HashSet<(string Type, string From, string To, int Sentence)>();
        foreach (var r in relations)
        {
            stated.Add((r.Type, r.FromKey, r.ToKey, r.Sentence));
        }

        relations.RemoveAll(r => yielding.TryGetValue(r.RuleId, out var types)
            && types.Any(t => t != r.Type && stated.Contains((t, r.FromKey, r.ToKey, r.Sentence))));
        return relations;
    }

    /// <summary>Each entity's canonical name by its type and key (what a rule's <c>not_from</c> is matched against).</summary>
    public static Dictionary<(string Type, string Key), string> NamesByKey(IReadOnlyList<ExtractedEntity> entities)
    {
        var names = new Dictionary<(string, string), string>();
        foreach (var entity in entities)
        {
            names.TryAdd((entity.Type, entity.Key), entity.Name);
        }

        return names;
    }
}
