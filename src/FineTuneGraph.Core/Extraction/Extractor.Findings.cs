using System.Diagnostics;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

public sealed partial class Extractor
{
    private IReadOnlyList<Finding> FindFindings(ExtractionWork work, IReadOnlyList<ExtractedEntity> entities)
    {
        var document = work.Document;
        var findings = new List<Finding>();
        if (pack.Pack.Findings.Count == 0)
        {
            return findings;
        }

        var mentions = entities.SelectMany(e => e.Mentions).ToArray();
        var proposedMethods = entities.Where(e => e.Proposed && e.Type == EntityTypes.Method).Select(e => e.Key).ToArray();
        foreach (var sentence in document.Sentences.Skip(1))
        {
            var started = Stopwatch.GetTimestamp();
            var span = document.Text.AsSpan(sentence.Start, sentence.Length);
            FindingRule? rule = null;
            foreach (var candidate in pack.Pack.Findings)
            {
                if (candidate.Cue.IsMatch(span))
                {
                    rule = candidate;
                    break;
                }
            }

            if (rule is null)
            {
                work.Stats?.Time("finding:" + pack.Pack.Findings[0].Id, started);
                continue;
            }

            var inSentence = mentions.Where(m => m.Sentence == sentence.Index).OrderBy(m => m.Start).ToArray();
            var values = NumberFinder.Find(document.Text, sentence.Start, sentence.End)
                .Where(v => !inSentence.Any(m => m.Start < v.End && v.Start < m.End))
                .ToArray();
            var up = rule.Up?.IsMatch(span) == true;
            var down = rule.Down?.IsMatch(span) == true;
            var anchor = values.Length > 0 ? values[0].Start : sentence.Start;
            var metric = inSentence.Where(m => m.Type == EntityTypes.Metric).OrderBy(m => Math.Abs(m.Start - anchor)).FirstOrDefault();
            var methods = Keys(inSentence, EntityTypes.Method);
            findings.Add(new Finding(
                $"{document.Paper.Id}#{sentence.Index}",
                sentence.Index,
                document.OriginalText(sentence.Start, sentence.End),
                values,
                up == down ? (up && values.Any(v => v.Number < 0) ? FindingDirection.Down : up ? FindingDirection.Up : FindingDirection.None) : up ? FindingDirection.Up : FindingDirection.Down,
                rule.Negation?.IsMatch(span) == true,
                rule.Hedge?.IsMatch(span) == true,
                metric?.Key,
                Keys(inSentence, EntityTypes.Dataset),
                methods.Length > 0 ? methods : proposedMethods,
                Keys(inSentence, EntityTypes.Model),
                "finding:" + rule.Id));
            work.Stats?.Time("finding:" + rule.Id, started);
        }

        return findings;
    }

    private static string[] Keys(IEnumerable<Mention> mentions, string type) =>
        mentions.Where(m => m.Type == type).Select(m => m.Key).Distinct(StringComparer.Ordinal).ToArray();
}
