using System.Diagnostics;
using System.Text.RegularExpressions;
using FineTuneGraph.Corpus;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

/// <summary>
/// Stage 2, pattern matching: every standalone pattern rule of the pack ("Llama 2 7B", model-name grammar) over its
/// region, as candidates. Reads <see cref="ExtractionWork.Candidates"/> (so it runs after <see cref="DictionaryStage"/>)
/// and <see cref="ExtractionWork.LowerWords"/> (through the trigger spans); adds its candidates after the dictionary's
/// and sets <see cref="ExtractionWork.PatternCandidatesAdded"/>, which <see cref="OverlapStage"/> checks.
/// </summary>
internal sealed class PatternStage(CompiledRulePack pack) : IExtractionStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "patterns";

    /// <inheritdoc/>
    public string Name => StageName;

    /// <inheritdoc/>
    public void Run(ExtractionWork work)
    {
        work.Candidates.AddRange(FindPatternCandidates(work));
        work.PatternCandidatesAdded = true;
    }

    private List<Candidate> FindPatternCandidates(ExtractionWork work)
    {
        var document = work.Document;
        var candidates = new List<Candidate>();
        foreach (var rule in pack.Standalone)
        {
            var started = work.Now();
            var (from, to) = RuleRegion.Of(document, rule.Scope);
            foreach (var (spanStart, spanLength, _) in work.Spans(pack.Triggers, rule, from, to))
            {
                // Not pack.FirstMatch: on patterns the backtracking twin did not pay (this stage got slower with it, and
                // unknown-model-with-size costs 3 µs per abstract on the linear engine against 17 µs compiled, bench
                // regex-probe).
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

                    candidates.Add(new Candidate(rule.Type, LocalKey.Of(name), name, match.Index, match.Index + match.Length, rule.Priority,
                        CandidateOrigin.Pattern, "pattern:" + rule.Id, $"pattern '{rule.Id}'", Template.RenderAll(rule.Attributes, match, null)));
                }
            }

            work.Stats?.Time("pattern:" + rule.Id, started);
        }

        return candidates;
    }

    /// <summary>Whether a match starts and ends on word boundaries (or inside a word on the other side of it).</summary>
    internal static bool OnWordBoundaries(string text, int start, int end) =>
        (start == 0 || !char.IsLetterOrDigit(text[start - 1]) || !char.IsLetterOrDigit(text[start]))
        && (end >= text.Length || !char.IsLetterOrDigit(text[end]) || !char.IsLetterOrDigit(text[end - 1]));
}
