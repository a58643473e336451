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
        using var work = new ExtractionWork(new PaperDocument(paper), stats);
        var started = work.Now();
        var candidates = FindDictionaryCandidates(work);
        stats?.Time(DictionaryRuleId, started);
        candidates.AddRange(FindPatternCandidates(work));
        ResolveOverlaps(work, candidates);
        ExtendMentions(work);
        var pendingAcronyms = ApplyAcronyms(work);
        ApplyContexts(work);
        ApplyAcronymsAgain(work, pendingAcronyms);
        AddVariants(work);
        DropMentionsInAddresses(work);
        var entities = Canonicalize(work);
        var bySentence = MentionsBySentence(work.Document, entities);
        var relations = FindRelations(work, entities, bySentence);
        var findings = FindFindings(work, entities, bySentence);
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

    /// <summary>Longest first, then by priority, origin and position; the first of equal candidates is kept.</summary>
    private static void ResolveOverlaps(ExtractionWork work, List<Candidate> candidates)
    {
        var seen = new HashSet<(string, string, int, int)>(candidates.Count);
        var ordered = new List<(Candidate Candidate, int Order)>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (seen.Add((candidate.Type, candidate.Key, candidate.Start, candidate.End)))
            {
                ordered.Add((candidate, ordered.Count));
            }
        }

        ordered.Sort(static (a, b) =>
        {
            var (x, y) = (a.Candidate, b.Candidate);
            var order = y.Length.CompareTo(x.Length);
            order = order != 0 ? order : y.Priority.CompareTo(x.Priority);
            order = order != 0 ? order : x.Origin.CompareTo(y.Origin);
            order = order != 0 ? order : x.Start.CompareTo(y.Start);
            return order != 0 ? order : a.Order.CompareTo(b.Order);
        });
        foreach (var (candidate, _) in ordered)
        {
            work.TryAccept(candidate);
        }
    }

    private static IReadOnlyList<ExtractedEntity> Canonicalize(ExtractionWork work)
    {
        var document = work.Document;
        var mentions = work.Mentions.InOrder();
        foreach (var generic in mentions.Where(m => m.Type == GenericType))
        {
            work.Reject(generic, $"{generic.Why}: never an entity (generic list)");
        }

        return mentions
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
