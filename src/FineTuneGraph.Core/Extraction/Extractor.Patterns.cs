using System.Diagnostics;
using System.Text.RegularExpressions;
using FineTuneGraph.Corpus;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

public sealed partial class Extractor
{
    private const int ExtensionWindow = 80;
    private const int MaxExtensions = 3;

    private List<Candidate> FindPatternCandidates(ExtractionWork work)
    {
        var document = work.Document;
        var candidates = new List<Candidate>();
        foreach (var rule in pack.Standalone)
        {
            var started = work.Now();
            var (from, to) = Region(document, rule.Scope);
            foreach (var (spanStart, spanLength, _) in work.Spans(pack.Triggers, rule, from, to))
            {
                if (!pack.MayMatch(rule.Regex, document.Text, spanStart, spanLength))
                {
                    continue;
                }

                for (var match = rule.Regex.Match(document.Text, spanStart, spanLength); match.Success; match = match.NextMatch())
                {
                    if (match.Length == 0 || !OnWordBoundaries(document.Text, match.Index, match.Index + match.Length))
                    {
                        continue;
                    }

                    var name = Template.Render(rule.NameTemplate, match, null);
                    if (string.IsNullOrEmpty(name))
                    {
                        continue;
                    }

                    candidates.Add(new Candidate(rule.Type, PaperIdentity.Slug(name), name, match.Index, match.Index + match.Length, rule.Priority,
                        CandidateOrigin.Pattern, "pattern:" + rule.Id, $"pattern '{rule.Id}'", Template.RenderAll(rule.Attributes, match, null)));
                }
            }

            work.Stats?.Time("pattern:" + rule.Id, started);
        }

        return candidates;
    }

    /// <summary>Grows mentions with the patterns that extend their type ("Llama 2" + "-Chat" + " 70B").</summary>
    private void ExtendMentions(ExtractionWork work)
    {
        var text = work.Document.Text;
        for (var i = 0; i < work.Mentions.OrderCount; i++)
        {
            var original = work.Mentions.At(i);
            if (original is null || !pack.Extensions.TryGetValue(original.Type, out var rules))
            {
                continue;
            }

            var mention = original;
            for (var round = 0; round < MaxExtensions; round++)
            {
                var started = work.Now();
                var extended = TryExtend(work, mention, original, rules, text);
                work.Stats?.Time("pattern:" + rules[0].Id, started);
                if (extended is null)
                {
                    break;
                }

                mention = extended;
            }

            if (!ReferenceEquals(mention, original))
            {
                work.Mentions.Replace(i, mention);
                work.Entity(mention);
            }
        }
    }

    /// <summary>One more extension of <paramref name="mention"/>, which grew from <paramref name="original"/> (still in the list).</summary>
    private Candidate? TryExtend(ExtractionWork work, Candidate mention, Candidate original, IReadOnlyList<PatternRule> rules, string text)
    {
        foreach (var rule in rules)
        {
            int start, end;
            Match match;
            if (rule.Before)
            {
                // The window ends where the mention starts, so '$' in the regex anchors to the mention.
                var from = Math.Max(0, mention.Start - ExtensionWindow);
                if (!pack.MayMatch(rule.Regex, text, from, mention.Start - from))
                {
                    continue;
                }

                match = rule.Regex.Match(text, from, mention.Start - from);
                if (!match.Success || match.Index + match.Length != mention.Start || match.Length == 0)
                {
                    continue;
                }

                (start, end) = (match.Index, mention.End);
                while (start < mention.Start && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
            }
            else
            {
                var length = Math.Min(ExtensionWindow, text.Length - mention.End);
                if (!pack.MayMatch(rule.Regex, text, mention.End, length))
                {
                    continue;
                }

                match = rule.Regex.Match(text, mention.End, length);
                if (!match.Success || match.Index != mention.End || match.Length == 0)
                {
                    continue;
                }

                (start, end) = (mention.Start, mention.End + match.Length);
                while (end > mention.End && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }
            }

            if ((start == mention.Start && end == mention.End) || !OnWordBoundaries(text, start, end)
                || work.Mentions.AnyOverlapping(start, end, original))
            {
                continue;
            }

            var name = Template.Render(rule.NameTemplate, match, mention.Name);
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            var attributes = new Dictionary<string, string>(mention.Attributes, StringComparer.Ordinal);
            foreach (var (key, value) in Template.RenderAll(rule.Attributes, match, mention.Name))
            {
                attributes[key] = value;
            }

            return mention with
            {
                Key = PaperIdentity.Slug(name),
                Name = name,
                Start = start,
                End = end,
                RuleId = "pattern:" + rule.Id,
                Why = $"{mention.Why} extended by pattern '{rule.Id}'",
                Attributes = attributes,
            };
        }

        return null;
    }

    private static (int From, int To) Region(PaperDocument document, RuleScope scope) => scope switch
    {
        RuleScope.Title => (0, document.Sentences[0].End),
        RuleScope.Abstract => (document.AbstractStart, document.Text.Length),
        _ => (0, document.Text.Length),
    };

    private static bool OnWordBoundaries(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1]) || !char.IsLetterOrDigit(text[start]))
        && (end >= text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(text[end - 1]));
}
