using System.Diagnostics;
using System.Text.RegularExpressions;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

public sealed partial class Extractor
{
    private IReadOnlyList<ExtractedRelation> FindRelations(ExtractionWork work, IReadOnlyList<ExtractedEntity> entities, List<Mention>?[] bySentence)
    {
        var document = work.Document;
        var relations = new List<ExtractedRelation>();
        var seen = new HashSet<(string, string, string, string, string)>();

        foreach (var entity in entities)
        {
            if (entity.Proposed && entity.Type == EntityTypes.Method)
            {
                var sentence = document.Sentences[entity.Mentions[0].Sentence];
                Add(new ExtractedRelation("PROPOSES", EntityTypes.Paper, document.Paper.Id, entity.Type, entity.Key, sentence.Index, "proposed",
                    document.OriginalText(sentence.Start, sentence.End)));
            }
        }

        var ownByType = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var sources = new List<(string Key, int Start, int End)>();
        foreach (var sentence in document.Sentences)
        {
            var inSentence = bySentence[sentence.Index];
            if (inSentence is null)
            {
                continue;
            }

            string? evidence = null;
            foreach (var rule in pack.Pack.Relations)
            {
                var started = work.Now();
                RelateInSentence(rule);
                work.Stats?.Time("relation:" + rule.Id, started);
            }

            // The sentence's original text, built for the first relation found in it.
            string Evidence() => evidence ??= document.OriginalText(sentence.Start, sentence.End);

            void RelateInSentence(RelationRule rule)
            {
                if (!HasType(inSentence, rule.To))
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
                foreach (var m in inSentence)
                {
                    if (m.Type == rule.From)
                    {
                        sources.Add((m.Key, m.Start, m.End));
                    }
                }

                var named = sources.Count;
                if (rule.Anaphora is not null)
                {
                    // The phrase's span does not matter: an anaphoric source only needs the cue somewhere in the sentence.
                    var own = ownByType.TryGetValue(rule.From, out var keys) ? keys : ownByType[rule.From] = OwnEntities(entities, rule.From);
                    if (own.Count > 0 && rule.Anaphora.IsMatch(document.Text.AsSpan(sentence.Start, sentence.Length)))
                    {
                        foreach (var key in own)
                        {
                            if (!sources.Exists(s => s.Key == key))
                            {
                                sources.Add((key, sentence.Start, sentence.Start));
                            }
                        }
                    }
                }

                bool? cueInSentence = null;
                for (var i = 0; i < sources.Count; i++)
                {
                    var (fromKey, fromStart, fromEnd) = sources[i];
                    var anaphoric = i >= named;
                    foreach (var to in inSentence)
                    {
                        if (to.Type != rule.To || (to.Key == fromKey && to.Type == rule.From))
                        {
                            continue;
                        }

                        // "Our method" stands for the paper's method in the whole sentence: only the cue is required.
                        if (anaphoric
                            ? cueInSentence ??= rule.Cue?.IsMatch(document.Text.AsSpan(sentence.Start, sentence.Length)) != false
                            : Relates(rule, document.Text, fromStart, fromEnd, to.Start, to.End))
                        {
                            Add(new ExtractedRelation(rule.Type, rule.From, fromKey, to.Type, to.Key, sentence.Index, "relation:" + rule.Id, Evidence()));
                        }
                    }
                }
            }
        }

        return relations;

        void Add(ExtractedRelation relation)
        {
            if (seen.Add((relation.Type, relation.FromType, relation.FromKey, relation.ToType, relation.ToKey)))
            {
                relations.Add(relation);
            }
        }
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

    /// <summary>Each sentence's mentions in text order; null for a sentence without any.</summary>
    private static List<Mention>?[] MentionsBySentence(PaperDocument document, IReadOnlyList<ExtractedEntity> entities)
    {
        var all = new List<Mention>();
        foreach (var entity in entities)
        {
            all.AddRange(entity.Mentions);
        }

        var ordered = all.OrderBy(m => m.Start);
        var bySentence = new List<Mention>?[document.Sentences.Count];
        foreach (var mention in ordered)
        {
            (bySentence[mention.Sentence] ??= []).Add(mention);
        }

        return bySentence;
    }

    /// <summary>
    /// What "our method", "this approach" stand for: the paper's own entities of the type (those it proposes, or else
    /// those its title names).
    /// </summary>
    private static List<string> OwnEntities(IReadOnlyList<ExtractedEntity> entities, string type)
    {
        var own = entities.Where(e => e.Proposed && e.Type == type).Select(e => e.Key).ToList();
        return own.Count > 0 ? own : entities.Where(e => e.Type == type && e.Mentions.Any(m => m.Sentence == 0)).Select(e => e.Key).ToList();
    }

    private static bool Relates(RelationRule rule, string text, int fromStart, int fromEnd, int toStart, int toEnd)
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
        if (gapEnd - gapStart > rule.MaxGap)
        {
            return false;
        }

        if (rule.Cue is null)
        {
            return true;
        }

        if (rule.CueBetween)
        {
            return gapEnd > gapStart && rule.Cue.IsMatch(text.AsSpan(gapStart, gapEnd - gapStart));
        }

        var sentenceStart = Math.Max(0, Math.Min(fromStart, toStart) - rule.MaxGap);
        var sentenceEnd = Math.Min(text.Length, Math.Max(fromEnd, toEnd) + rule.MaxGap);
        return rule.Cue.IsMatch(text.AsSpan(sentenceStart, sentenceEnd - sentenceStart));
    }
}
