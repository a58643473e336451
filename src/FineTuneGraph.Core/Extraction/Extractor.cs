using System.Collections.Frozen;
using System.Diagnostics;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Extraction;

/// <summary>
/// Extracts entities, relations and findings from a paper with a compiled rule pack. A pure function of
/// (paper, pack): no shared state is written, so papers can be extracted on all cores at once.
/// </summary>
public sealed class Extractor(CompiledRulePack pack)
{
    private readonly IExtractionStage[] _stages = [.. ExtractionStages.Default(pack)];

    /// <summary>No attributes: shared by every candidate that has none.</summary>
    internal static readonly IReadOnlyDictionary<string, string> NoAttributes = FrozenDictionary<string, string>.Empty;

    /// <summary>The type of matches of generic terms: they block other rules and are then dropped.</summary>
    internal const string GenericType = "(generic)";

    /// <summary>The rules this extractor runs.</summary>
    public CompiledRulePack Pack => pack;

    /// <summary>Extracts one paper; with <paramref name="stats"/>, also counts and times every rule.</summary>
    public PaperExtraction Extract(Paper paper, RuleStats? stats = null)
    {
        using var work = new ExtractionWork(new PaperDocument(paper), stats);
        foreach (var stage in _stages)
        {
            stage.Run(work);
        }

        var (entities, relations, findings) = (work.ExtractedEntities, work.Relations, work.Findings);
        if (stats is not null)
        {
            Count(stats, entities, relations, findings, work.Rejections);
        }

        return new PaperExtraction(paper, entities, relations, findings, work.Rejections);
    }

    /// <summary>
    /// Extracts one paper stage by stage and says what each stage did (for <c>ftg rules explain</c>); a second run
    /// beside <see cref="Extract"/>, which it leaves as it is.
    /// </summary>
    public IReadOnlyList<StageEffect> ExplainStages(Paper paper)
    {
        using var work = new ExtractionWork(new PaperDocument(paper), null);
        var effects = new List<StageEffect>(_stages.Length);
        foreach (var stage in _stages)
        {
            var (candidates, rejected, results) = (work.CandidateCount, work.Rejections.Count, work.Results);
            var before = new HashSet<Candidate>(work.Mentions.InOrder(), ReferenceEqualityComparer.Instance);
            stage.Run(work);
            var after = new HashSet<Candidate>(work.Mentions.InOrder(), ReferenceEqualityComparer.Instance);
            var added = after.Count(m => !before.Contains(m));
            var removed = before.Count(m => !after.Contains(m));
            var now = work.Results;
            effects.Add(new StageEffect(stage.Name, Math.Max(0, work.CandidateCount - candidates), added, removed, work.Rejections.Count - rejected,
                now.Relations - results.Relations, now.Findings - results.Findings));
        }

        return effects;
    }

    /// <summary>The id under which the combined dictionary matching is timed.</summary>
    public const string DictionaryRuleId = "dictionary (all aliases)";

    private static void Count(RuleStats stats, IReadOnlyList<ExtractedEntity> entities, IReadOnlyList<ExtractedRelation> relations, IReadOnlyList<Finding> findings, IReadOnlyList<Rejection> rejections)
    {
        var fired = entities.SelectMany(e => e.Mentions).Select(m => m.RuleId)
            .Concat(relations.Select(r => r.RuleId))
            .Concat(findings.Select(f => f.RuleId))
            .GroupBy(id => id)
            .ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
        var rejected = rejections.GroupBy(r => r.RuleId).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
        foreach (var rule in fired.Keys.Union(rejected.Keys))
        {
            stats.For(rule).Add(fired.GetValueOrDefault(rule), rejected.GetValueOrDefault(rule));
        }
    }
}
