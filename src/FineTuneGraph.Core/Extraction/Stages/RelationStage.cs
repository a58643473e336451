using System.Diagnostics;
using System.Text.RegularExpressions;
using FineTuneGraph.Rules;
using FineTuneGraph.Text;

namespace FineTuneGraph.Extraction;

/// <summary>
/// Stage 11, relations: the paper PROPOSES each proposed method, and each relation rule pairs mentions of its types in a
/// sentence (EVALUATED_ON, APPLIED_TO, OUTPERFORMS...). Reads <see cref="ExtractionWork.ExtractedEntities"/> and
/// <see cref="ExtractionWork.MentionsBySentence"/> (so it runs after <see cref="EntityStage"/>); sets
/// <see cref="ExtractionWork.Relations"/>.
/// </summary>
internal sealed class RelationStage(CompiledRulePack pack) : IExtractionStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "relations";

    /// <inheritdoc/>
    public string Name => StageName;

    /// <inheritdoc/>
    public void Run(ExtractionWork work) => work.Relations = FindRelations(work, work.ExtractedEntities, work.MentionsBySentence);

    private IReadOnlyList<ExtractedRelation> FindRelations(ExtractionWork work, IReadOnlyList<ExtractedEntity> entities, List<Mention>?[] bySentence)
    {
        var document = work.Document;
        var relations = new List<ExtractedRelation>();
        var seen = new HashSet<(string, string, string, string, string)>();

        // Each sentence's original text is built once, for the first edge whose evidence it is.
        var sentenceTexts = new string?[document.Sentences.Count];
        string SentenceText(int index) =>
            sentenceTexts[index] ??= document.OriginalText(document.Sentences[index].Start, document.Sentences[index].End);

        foreach (var entity in entities)
        {
            if (entity.Proposed && entity.Type == EntityTypes.Method)
            {
                var sentence = entity.Mentions[0].Sentence;
                Add(new ExtractedRelation("PROPOSES", EntityTypes.Paper, document.Paper.Id, entity.Type, entity.Key, sentence, "proposed", SentenceText(sentence)));
            }
        }

        // Rules of one source type and one 'studied' (most of them) share what "our method" stands for.
        var ownByRule = new Dictionary<(string From, Regex? Studied), List<string>>();
        Dictionary<(string, string), string>? nameByKey = null;
        Dictionary<(Regex, string, string), bool>? excludedSources = null;
        Dictionary<(string, string), int>? firstSentenceOf = null;
        var sources = new List<(string Key, int Start, int End)>();
        var anaphoraInSentence = new Dictionary<Regex, bool>(ReferenceEqualityComparer.Instance);
        foreach (var sentence in document.Sentences)
        {
            var inSentence = bySentence[sentence.Index];
            if (inSentence is null)
            {
                continue;
            }

            anaphoraInSentence.Clear();
            foreach (var rule in pack.Pack.Relations)
            {
                var started = work.Now();
                RelateInSentence(rule);
                work.Stats?.Time("relation:" + rule.Id, started);
            }

            string Evidence() => SentenceText(sentence.Index);

            // Rules share their anaphora regexes ("our method"): each is run over the sentence once.
            bool Refers(Regex anaphora)
            {
                ref var refers = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(anaphoraInSentence, anaphora, out var known);
                return known ? refers : refers = pack.IsMatch(anaphora, document.Text, sentence.Start, sentence.Length);
            }

            void RelateInSentence(RelationRule rule)
            {
                // "This benchmark" is looked for only where no target is named, in a sentence with a source.
                var namesTarget = HasType(inSentence, rule.To);
                var ownTargets = !namesTarget && rule.TargetAnaphora is not null && HasType(inSentence, rule.From)
                    && pack.IsMatch(rule.TargetAnaphora, document.Text, sentence.Start, sentence.Length)
                    ? OwnTargets(entities, bySentence, rule.To, sentence.Index)
                    : null;
                if (!namesTarget && ownTargets is not { Count: > 0 })
                {
                    return;
                }

                if (rule.From == EntityTypes.Paper)
                {
                    foreach (var to in inSentence)
                    {
                        if (to.Type == rule.To)
                        {
                            Add(new ExtractedRelation(rule.Type, EntityTypes.Paper, document.Paper.Id, to.Type, to.Key, sentence.Index, "relation:" + rule.Id, Evidence()));
                        }
                    }

                    return;
                }

                sources.Clear();
                int? backgroundEnd = null;
                foreach (var m in inSentence)
                {
                    if (m.Type == rule.From && m.End > (backgroundEnd ??= LeadingClause.End(document.Text, sentence, rule.Background))
                        && !IsExcludedSource(rule, m.Type, m.Key))
                    {
                        sources.Add((m.Key, m.Start, m.End));
                    }
                }

                var named = sources.Count;
                if (rule.Anaphora is not null)
                {
                    // The phrase's span does not matter: an anaphoric source only needs the cue somewhere in the sentence.
                    var own = ownByRule.TryGetValue((rule.From, rule.Studied), out var keys) ? keys : ownByRule[(rule.From, rule.Studied)] = OwnEntities(document, entities, rule);
                    if (own.Count > 0 && Refers(rule.Anaphora))
                    {
                        foreach (var key in own)
                        {
                            if (!sources.Exists(s => s.Key == key) && !IsExcludedSource(rule, rule.From, key))
                            {
                                sources.Add((key, sentence.Start, sentence.Start));
                            }
                        }
                    }
                }

                bool? cueInSentence = null;
                bool CueInSentence() => cueInSentence ??= rule.Cue is null || pack.IsMatch(rule.Cue, document.Text, sentence.Start, sentence.Length);

                if (ownTargets is { Count: > 0 })
                {
                    // "We leverage this benchmark to ask whether few-shot prompting helps": each source of the sentence
                    // with the paper's own targets (the sentence names none), the cue anywhere in the sentence.
                    foreach (var (fromKey, _, _) in sources)
                    {
                        foreach (var toKey in ownTargets)
                        {
                            if (CueInSentence())
                            {
                                Add(new ExtractedRelation(rule.Type, rule.From, fromKey, rule.To, toKey, sentence.Index, "relation:" + rule.Id,
                                    AnaphoricEvidence(rule.To, toKey)));
                            }
                        }
                    }
                }

                var tries = inSentence.Count > DenseSentence ? new Dictionary<(string, string), int>() : null;
                for (var i = 0; i < sources.Count; i++)
                {
                    var (fromKey, fromStart, fromEnd) = sources[i];
                    var anaphoric = i >= named;
                    // A named source relates only to mentions within max_gap of it: the others are never tried, so a
                    // sentence of thousands of mentions costs each one its neighbourhood, not the whole sentence.
                    var (first, last) = anaphoric ? (0, inSentence.Count) : Neighbourhood(inSentence, fromStart - rule.MaxGap, fromEnd + rule.MaxGap);
                    for (var t = first; t < last; t++)
                    {
                        var to = inSentence[t];
                        if (to.Type != rule.To || (to.Key == fromKey && to.Type == rule.From))
                        {
                            continue;
                        }

                        if (tries is not null && !anaphoric && !MayTry(tries, rule, fromKey, to))
                        {
                            continue;
                        }

                        // "Our method" stands for the paper's method in the whole sentence: only the cue is required, and
                        // nothing of blocked_by before the target.
                        if (anaphoric
                            ? CueInSentence() && !IsBlocked(rule, document.Text, sentence.Start, to.Start)
                            : Relates(rule, document.Text, sentence, fromStart, fromEnd, to.Start, to.End))
                        {
                            Add(new ExtractedRelation(rule.Type, rule.From, fromKey, to.Type, to.Key, sentence.Index, "relation:" + rule.Id,
                                anaphoric ? AnaphoricEvidence(rule.From, fromKey) : Evidence()));
                        }
                    }
                }
            }

            // "Our method ... on GSM8K": the edge keeps the sentence that names the method too, before this one.
            string AnaphoricEvidence(string type, string key)
            {
                var named = (firstSentenceOf ??= FirstSentences(entities)).TryGetValue((type, key), out var index) ? index : sentence.Index;
                return named == sentence.Index ? Evidence() : SentenceText(named) + " … " + Evidence();
            }
        }

        return RelationPrecedence.Apply(pack.Pack.Relations, relations);

        // The sentence where each entity is first named (mentions are in text order, the title first).
        static Dictionary<(string, string), int> FirstSentences(IReadOnlyList<ExtractedEntity> all)
        {
            var first = new Dictionary<(string, string), int>(all.Count);
            foreach (var entity in all)
            {
                first[(entity.Type, entity.Key)] = entity.Mentions[0].Sentence;
            }

            return first;
        }

        // A setting named by the rule's not_from ("offline reinforcement learning") is never its source. An entity's
        // name is the same in every sentence, and rules share their not_from: each is matched once per entity.
        bool IsExcludedSource(RelationRule rule, string type, string key)
        {
            if (rule.NotFrom is null)
            {
                return false;
            }

            ref var excluded = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
                excludedSources ??= [], (rule.NotFrom, type, key), out var known);
            return known ? excluded
                : excluded = (nameByKey ??= RelationPrecedence.NamesByKey(entities)).TryGetValue((type, key), out var name) && rule.NotFrom.IsMatch(name);
        }

        // In a dense sentence, a pair already related is not tried again, and a pair is tried at most MaxTriesPerPair times.
        bool MayTry(Dictionary<(string, string), int> tries, RelationRule rule, string fromKey, Mention to)
        {
            if (seen.Contains((rule.Type, rule.From, fromKey, to.Type, to.Key)))
            {
                return false;
            }

            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(tries, (fromKey, to.Key), out _);
            return count++ < MaxTriesPerPair;
        }

        void Add(ExtractedRelation relation)
        {
            if (seen.Add((relation.Type, relation.FromType, relation.FromKey, relation.ToType, relation.ToKey)))
            {
                relations.Add(relation);
            }
        }
    }

    /// <summary>
    /// The range [first, last) of a sentence's mentions (in text order, never overlapping, so their ends are in order
    /// too) that end at or after <paramref name="from"/> and start at or before <paramref name="to"/>.
    /// </summary>
    private static (int First, int Last) Neighbourhood(List<Mention> mentions, int from, int to)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = mentions[middle].End < from ? (middle + 1, high) : (low, middle);
        }

        var last = low;
        while (last < mentions.Count && mentions[last].Start <= to)
        {
            last++;
        }

        return (low, last);
    }

    /// <summary>
    /// What "this benchmark", "these datasets" stand for in sentence <paramref name="index"/>: the paper's entities of
    /// <paramref name="type"/> that its title names, else those of the nearest sentence before that names any.
    /// </summary>
    private static List<string> OwnTargets(IReadOnlyList<ExtractedEntity> entities, List<Mention>?[] bySentence, string type, int index)
    {
        var own = new List<string>();
        foreach (var entity in entities)
        {
            if (entity.Type == type && entity.Mentions[0].Sentence == 0 && own.Count < MaxOwnEntities)
            {
                own.Add(entity.Key);
            }
        }

        for (var before = index - 1; own.Count == 0 && before > 0; before--)
        {
            foreach (var mention in bySentence[before] ?? [])
            {
                if (mention.Type == type && !own.Contains(mention.Key) && own.Count < MaxOwnEntities)
                {
                    own.Add(mention.Key);
                }
            }
        }

        return own;
    }

    private static bool HasType(List<Mention> mentions, string type)
    {
        foreach (var mention in mentions)
        {
            if (mention.Type == type)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What "our method", "this approach" stand for in <paramref name="rule"/>: the paper's own entities of its source
    /// type (those it proposes; or else those its title names, with those named in a sentence matching the rule's
    /// <c>studied</c>, "we compare X, Y and Z").
    /// </summary>
    /// <remarks>
    /// At most <see cref="MaxOwnEntities"/> of them (the first in text order): each stands in every sentence that says
    /// "our method", so a paper that proposes thousands of names would otherwise pair each with every mention of every
    /// such sentence. A paper proposes one to four methods; the sample, the test corpora and 20,000 generated papers
    /// never exceed four.
    /// </remarks>
    private static List<string> OwnEntities(PaperDocument document, IReadOnlyList<ExtractedEntity> entities, RelationRule rule)
    {
        var type = rule.From;
        var own = entities.Where(e => e.Proposed && e.Type == type).Select(e => e.Key).Take(MaxOwnEntities).ToList();
        if (own.Count > 0)
        {
            return own;
        }

        var studied = StudiedSentences(document, rule.Studied);
        return entities
            .Where(e => e.Type == type && e.Mentions.Any(m => m.Sentence == 0 || (studied is not null && studied[m.Sentence])))
            .Select(e => e.Key)
            .Take(MaxOwnEntities)
            .ToList();
    }

    /// <summary>Which sentences of the abstract match <paramref name="studied"/> (null: none can).</summary>
    private static bool[]? StudiedSentences(PaperDocument document, Regex? studied)
    {
        if (studied is null)
        {
            return null;
        }

        var matches = new bool[document.Sentences.Count];
        foreach (var sentence in document.Sentences)
        {
            matches[sentence.Index] = sentence.Index > 0 && studied.IsMatch(document.Text.AsSpan(sentence.Start, sentence.Length));
        }

        return matches;
    }

    /// <summary>
    /// Mentions in a sentence beyond which it is dense: a list or a run of names, not prose (the corpora hold at most 27).
    /// There each pair of entities is tried at most <see cref="MaxTriesPerPair"/> times for a rule: every try runs the
    /// cue over the stretch around the pair, and a sentence repeating one pair thousands of times without a cue would
    /// run it over and over.
    /// </summary>
    internal const int DenseSentence = 64;

    /// <inheritdoc cref="DenseSentence"/>
    internal const int MaxTriesPerPair = 8;

    /// <summary>How many of the paper's own entities "our method" stands for in relations.</summary>
    internal const int MaxOwnEntities = 16;

    private bool IsBlocked(RelationRule rule, string text, int start, int end) =>
        rule.BlockedBy is not null && end > start && pack.IsMatch(rule.BlockedBy, text, start, end - start);

    private bool Relates(RelationRule rule, string text, Sentence sentence, int fromStart, int fromEnd, int toStart, int toEnd)
    {
        var fromFirst = fromEnd <= toStart;
        var toFirst = toEnd <= fromStart;
        if (!fromFirst && !toFirst)
        {
            return false;
        }

        if ((rule.Order == RelationOrder.FromFirst && !fromFirst) || (rule.Order == RelationOrder.ToFirst && !toFirst))
        {
            return false;
        }

        var (gapStart, gapEnd) = fromFirst ? (fromEnd, toStart) : (toEnd, fromStart);
        if (gapEnd - gapStart > rule.MaxGap || IsBlocked(rule, text, gapStart, gapEnd))
        {
            return false;
        }

        if (rule.Cue is null)
        {
            return true;
        }

        if (rule.CueBetween)
        {
            return gapEnd > gapStart && pack.IsMatch(rule.Cue, text, gapStart, gapEnd - gapStart);
        }

        // The cue is looked for around the pair, within its sentence.
        var windowStart = Math.Max(sentence.Start, Math.Min(fromStart, toStart) - rule.MaxGap);
        var windowEnd = Math.Min(sentence.End, Math.Max(fromEnd, toEnd) + rule.MaxGap);
        return pack.IsMatch(rule.Cue, text, windowStart, windowEnd - windowStart);
    }
}
