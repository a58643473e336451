using System.Diagnostics;
using System.Text.RegularExpressions;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

public sealed partial class Extractor
{
    private IReadOnlyList<Finding> FindFindings(ExtractionWork work, IReadOnlyList<ExtractedEntity> entities)
    {
        var document = work.Document;
        var findings = new List<Finding>();
        if (pack.Pack.Findings.Count == 0 || document.Sentences.Count < 2)
        {
            return findings;
        }

        // Each regex runs once over the whole abstract; its matches are then assigned to sentences.
        var started = Stopwatch.GetTimestamp();
        var sentenceCount = document.Sentences.Count;
        var ruleOf = new FindingRule?[sentenceCount];
        foreach (var candidate in pack.Pack.Findings)
        {
            foreach (var (spanStart, spanLength) in work.Spans(pack.Triggers, candidate, document.AbstractStart, document.Text.Length))
            {
                foreach (var match in candidate.Cue.EnumerateMatches(document.Text.AsSpan(spanStart, spanLength)))
                {
                    ruleOf[document.SentenceAt(spanStart + match.Index)] ??= candidate;
                }
            }
        }

        var mentions = entities.SelectMany(e => e.Mentions).ToArray();
        var proposedMethods = entities.Where(e => e.Proposed && e.Type == EntityTypes.Method).Select(e => e.Key).ToArray();
        var flags = new Dictionary<Regex, HashSet<int>>();
        HashSet<int> Flagged(Regex? regex) => regex is null ? [] : flags.TryGetValue(regex, out var set) ? set : flags[regex] = SentencesMatching(document, regex);

        for (var index = 1; index < sentenceCount; index++)
        {
            if (ruleOf[index] is not { } rule)
            {
                continue;
            }

            var sentence = document.Sentences[index];
            var inSentence = mentions.Where(m => m.Sentence == index).OrderBy(m => m.Start).ToArray();
            var values = NumberFinder.Find(document.Text, sentence.Start, sentence.End)
                .Where(v => !inSentence.Any(m => m.Start < v.End && v.Start < m.End))
                .ToArray();
            var up = Flagged(rule.Up).Contains(index);
            var down = Flagged(rule.Down).Contains(index);
            var anchor = values.Length > 0 ? values[0].Start : sentence.Start;
            var metric = inSentence.Where(m => m.Type == EntityTypes.Metric).OrderBy(m => Math.Abs(m.Start - anchor)).FirstOrDefault();
            var methods = Keys(inSentence, EntityTypes.Method);
            findings.Add(new Finding(
                $"{document.Paper.Id}#{index}",
                index,
                document.OriginalText(sentence.Start, sentence.End),
                values,
                up == down ? (up && values.Any(v => v.Number < 0) ? FindingDirection.Down : up ? FindingDirection.Up : FindingDirection.None) : up ? FindingDirection.Up : FindingDirection.Down,
                Flagged(rule.Negation).Contains(index),
                Flagged(rule.Hedge).Contains(index),
                metric?.Key,
                Keys(inSentence, EntityTypes.Dataset),
                methods.Length > 0 ? methods : proposedMethods,
                Keys(inSentence, EntityTypes.Model),
                "finding:" + rule.Id));
        }

        work.Stats?.Time("finding:" + pack.Pack.Findings[0].Id, started);
        return findings;
    }

    /// <summary>The abstract sentences in which <paramref name="regex"/> matches (one pass over the abstract).</summary>
    private static HashSet<int> SentencesMatching(PaperDocument document, Regex regex)
    {
        var sentences = new HashSet<int>();
        var from = document.AbstractStart;
        foreach (var match in regex.EnumerateMatches(document.Text.AsSpan(from)))
        {
            sentences.Add(document.SentenceAt(from + match.Index));
        }

        return sentences;
    }

    private static string[] Keys(IEnumerable<Mention> mentions, string type) =>
        mentions.Where(m => m.Type == type).Select(m => m.Key).Distinct(StringComparer.Ordinal).ToArray();
}
