using System.Diagnostics;
using System.Text.RegularExpressions;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

public sealed partial class Extractor
{
    private IReadOnlyList<ExtractedRelation> FindRelations(ExtractionWork work, IReadOnlyList<ExtractedEntity> entities)
    {
        var document = work.Document;
        var relations = new List<ExtractedRelation>();
        var seen = new HashSet<(string, string, string, string, string)>();
        var mentions = entities.SelectMany(e => e.Mentions).OrderBy(m => m.Start).ToArray();

        foreach (var entity in entities.Where(e => e.Proposed && e.Type == EntityTypes.Method))
        {
            Add(new ExtractedRelation("PROPOSES", EntityTypes.Paper, document.Paper.Id, entity.Type, entity.Key, entity.Mentions[0].Sentence, "proposed",
                document.OriginalText(document.Sentences[entity.Mentions[0].Sentence].Start, document.Sentences[entity.Mentions[0].Sentence].End)));
        }

        foreach (var sentence in document.Sentences)
        {
            var inSentence = mentions.Where(m => m.Sentence == sentence.Index).ToArray();
            if (inSentence.Length == 0)
            {
                continue;
            }

            var evidence = document.OriginalText(sentence.Start, sentence.End);
            foreach (var rule in pack.Pack.Relations)
            {
                var started = Stopwatch.GetTimestamp();
                RelateInSentence(rule);
                work.Stats?.Time("relation:" + rule.Id, started);
            }

            void RelateInSentence(RelationRule rule)
            {
                var targets = inSentence.Where(m => m.Type == rule.To).ToArray();
                if (targets.Length == 0)
                {
                    return;
                }

                if (rule.From == EntityTypes.Paper)
                {
                    foreach (var to in targets)
                    {
                        Add(new ExtractedRelation(rule.Type, EntityTypes.Paper, document.Paper.Id, to.Type, to.Key, sentence.Index, "relation:" + rule.Id, evidence));
                    }

                    return;
                }

                var sources = inSentence.Where(m => m.Type == rule.From).Select(m => (m.Key, m.Start, m.End)).ToList();
                var named = sources.Count;
                if (rule.Anaphora is not null)
                {
                    sources.AddRange(Anaphors(rule.Anaphora, document, sentence, entities, rule.From).Where(a => !sources.Exists(s => s.Key == a.Key)));
                }

                for (var i = 0; i < sources.Count; i++)
                {
                    var (fromKey, fromStart, fromEnd) = sources[i];
                    var anaphoric = i >= named;
                    foreach (var to in targets.Where(t => t.Key != fromKey || t.Type != rule.From))
                    {
                        // "Our method" stands for the paper's method in the whole sentence: only the cue is required.
                        if (anaphoric ? rule.Cue?.IsMatch(document.Text.AsSpan(sentence.Start, sentence.Length)) != false : Relates(rule, document.Text, fromStart, fromEnd, to.Start, to.End))
                        {
                            Add(new ExtractedRelation(rule.Type, rule.From, fromKey, to.Type, to.Key, sentence.Index, "relation:" + rule.Id, evidence));
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

    /// <summary>
    /// "Our method", "this approach": the paper's own entities of the type (those it proposes, or else those its
    /// title names), at the phrase's span.
    /// </summary>
    private static List<(string Key, int Start, int End)> Anaphors(Regex anaphora, PaperDocument document, Text.Sentence sentence, IReadOnlyList<ExtractedEntity> entities, string type)
    {
        var found = new List<(string Key, int Start, int End)>();
        var proposed = entities.Where(e => e.Proposed && e.Type == type).ToArray();
        if (proposed.Length == 0)
        {
            proposed = entities.Where(e => e.Type == type && e.Mentions.Any(m => m.Sentence == 0)).ToArray();
        }

        if (proposed.Length == 0)
        {
            return found;
        }

        foreach (var match in anaphora.EnumerateMatches(document.Text.AsSpan(sentence.Start, sentence.Length)))
        {
            foreach (var entity in proposed)
            {
                found.Add((entity.Key, sentence.Start + match.Index, sentence.Start + match.Index + match.Length));
            }
        }

        return found;
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
