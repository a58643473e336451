using System.Collections.Frozen;
using System.Diagnostics;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Extraction;

/// <summary>
/// Extracts entities, relations and findings from a paper with a compiled rule pack. A pure function of
/// (paper, pack): no shared state is written, so papers can be extracted on all cores at once.
/// </summary>
public sealed partial class Extractor(CompiledRulePack pack)
{
    private static readonly IReadOnlyDictionary<string, string> NoAttributes = FrozenDictionary<string, string>.Empty;

    /// <summary>The type of matches of generic terms: they block other rules and are then dropped.</summary>
    internal const string GenericType = "(generic)";

    /// <summary>The rules this extractor runs.</summary>
    public CompiledRulePack Pack => pack;

    /// <summary>Extracts one paper; with <paramref name="stats"/>, also counts and times every rule.</summary>
    public PaperExtraction Extract(Paper paper, RuleStats? stats = null)
    {
        var work = new ExtractionWork(new PaperDocument(paper), stats);
        var started = Stopwatch.GetTimestamp();
        var candidates = FindDictionaryCandidates(work).ToList();
        stats?.Time(DictionaryRuleId, started);
        ResolveOverlaps(work, candidates.Concat(FindPatternCandidates(work)));
        ExtendMentions(work);
        var pendingAcronyms = ApplyAcronyms(work);
        ApplyContexts(work);
        ApplyAcronymsAgain(work, pendingAcronyms);
        var entities = Canonicalize(work);
        var relations = FindRelations(work, entities);
        var findings = FindFindings(work, entities);
        if (stats is not null)
        {
            Count(stats, entities, relations, findings, work.Rejections);
        }

        return new PaperExtraction(paper, entities, relations, findings, work.Rejections);
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

    private static void ResolveOverlaps(ExtractionWork work, IEnumerable<Candidate> candidates)
    {
        var ordered = candidates
            .DistinctBy(c => (c.Type, c.Key, c.Start, c.End))
            .OrderByDescending(c => c.Length)
            .ThenByDescending(c => c.Priority)
            .ThenBy(c => c.Origin)
            .ThenBy(c => c.Start);
        foreach (var candidate in ordered)
        {
            work.TryAccept(candidate);
        }
    }

    private static IReadOnlyList<ExtractedEntity> Canonicalize(ExtractionWork work)
    {
        var document = work.Document;
        foreach (var generic in work.Mentions.Where(m => m.Type == GenericType))
        {
            work.Reject(generic, $"{generic.Why}: never an entity (generic list)");
        }

        return work.Mentions
            .Where(m => m.Type != GenericType)
            .OrderBy(m => m.Start)
            .GroupBy(m => (m.Type, m.Key))
            .Select(group =>
            {
                var state = work.Entities[group.Key];
                var mentions = group.Select(m =>
                {
                    var (field, start, end) = document.ToField(m.Start, m.End);
                    return new Mention(m.Type, m.Key, m.Start, m.End, document.OriginalText(m.Start, m.End), field, start, end, document.SentenceAt(m.Start), m.RuleId, m.Why);
                }).ToArray();
                return new ExtractedEntity(group.Key.Type, group.Key.Key, state.Name, state.Attributes, mentions, state.Proposed, state.Local);
            })
            .ToArray();
    }
}
