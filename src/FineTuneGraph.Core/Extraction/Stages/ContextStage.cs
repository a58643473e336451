using System.Diagnostics;
using FineTuneGraph.Rules;

using static FineTuneGraph.Extraction.Extractor;
using static FineTuneGraph.Extraction.LocalMentions;

namespace FineTuneGraph.Extraction;

/// <summary>
/// Stage 6, context rules: "we propose X", a coined name before a title's colon, "datasets such as A, B and C". Marks
/// the named entities as proposed, creates paper-local entities (everywhere their words occur) and notes the spans it
/// named without creating anything. Reads and changes <see cref="ExtractionWork.Mentions"/> (needs the overlaps
/// resolved) and the entities' proposed flags; sets <see cref="ExtractionWork.ContextTypes"/>.
/// </summary>
internal sealed class ContextStage(CompiledRulePack pack) : IExtractionStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "contexts";

    /// <inheritdoc/>
    public string Name => StageName;

    /// <inheritdoc/>
    public void Run(ExtractionWork work)
    {
        work.RequireOpenMentions(StageName);
        work.ContextTypes = [];
        ApplyContexts(work);
    }

    private void ApplyContexts(ExtractionWork work)
    {
        var document = work.Document;
        foreach (var rule in pack.Pack.Contexts)
        {
            var started = work.Now();
            // One pass over the scope rather than one call per sentence; the cues do not cross sentence ends.
            var (from, to) = RuleRegion.Of(document, rule.Scope);
            foreach (var (spanStart, spanLength, _) in work.Spans(pack.Triggers, rule, from, to))
            {
                for (var match = pack.FirstMatch(rule.Regex, document.Text, spanStart, spanLength); match.Success;
                     match = CompiledRulePack.NextMatch(match, rule.Regex, document.Text, spanStart, spanLength))
                {
                    var group = match.Groups["target"];
                    if (!group.Success)
                    {
                        continue;
                    }

                    var (start, end) = Trim(document.Text, group.Index, group.Index + group.Length);
                    if (end > start)
                    {
                        ApplyContext(work, rule, start, end, match.Index);
                        if (rule.List)
                        {
                            foreach (var (itemStart, itemEnd) in ListItemsAfter(document.Text, end))
                            {
                                ApplyContext(work, rule, itemStart, itemEnd, match.Index);
                            }
                        }
                    }
                }
            }

            work.Stats?.Time("context:" + rule.Id, started);
        }
    }

    private static void ApplyContext(ExtractionWork work, ContextRule rule, int start, int end, int cue)
    {
        var text = work.Document.Text;
        var target = text[start..end];
        // The target itself, or the name that ends it as a separate word ("Selective [Self-to-Supervised Fine-Tuning]"
        // is the method the acronym definition found); a name joined by a hyphen ("No-Thinking-[CLS-RL]") is part of
        // a new name.
        var exact = work.Mentions.StartingAt(start) is { } starting && starting.End == end ? starting
            : work.Mentions.EndingAt(end) is { } ending && ending.Start > start && ending.Origin == CandidateOrigin.Local && char.IsWhiteSpace(text[ending.Start - 1]) ? ending
            : null;
        if (exact is not null && rule.Create is { } overriding && rule.Overrides.Contains(exact.Type) && (!rule.OverridesLocalOnly || exact.Origin == CandidateOrigin.Local) && (rule.Require == CreateCondition.Any || IsCoined(target)))
        {
            ContextOverride.Retype(work, exact, overriding, "context:" + rule.Id, rule.SetProposed);
            return;
        }

        if (exact is not null)
        {
            if (exact.Type != GenericType && rule.TargetTypes.Contains(exact.Type) && rule.SetProposed && !NamedEarlier(work, exact, cue))
            {
                work.Entity(exact).Proposed = true;
            }

            return;
        }

        if (work.Overlapping(start, end) is { } partial && (rule.Create is null || !work.TryClaim(start, end, "context:" + rule.Id)))
        {
            work.Rejections.Add(new Rejection(rule.Create ?? string.Empty, string.Empty, start, end, target, "context:" + rule.Id,
                $"context target '{target}' overlaps {partial.Type} '{text[partial.Start..partial.End]}' without being it"));
            return;
        }

        if (rule.Create is not { } type)
        {
            work.ContextTypes.TryAdd((start, end), rule.TargetTypes[0]);
            if (rule.SetProposed)
            {
                work.ContextProposals.Add((start, end));
            }

            return;
        }

        var coined = IsCoined(target);
        var allowed = target.Length >= 2 && rule.Require switch
        {
            CreateCondition.Coined => coined,
            CreateCondition.CoinedOrRepeated => coined || Occurrences(work, target, caseSensitive: true).Skip(1).Any(),
            _ => true,
        };
        var candidate = LocalCandidate(type, target, start, end, "context:" + rule.Id, $"context rule '{rule.Id}'");
        if (!allowed)
        {
            work.Reject(candidate, rule.Require == CreateCondition.Coined
                ? $"context condition failed: '{target}' is not a coined name"
                : $"context condition failed: '{target}' is neither a coined name nor repeated in the paper");
            return;
        }

        AddEverywhere(work, candidate, target, caseSensitive: true);
        if (rule.SetProposed)
        {
            work.Entity(candidate).Proposed = true;
        }
    }

    /// <summary>
    /// "we introduce GFlowVLM, a framework that fine-tunes VLMs using Generative Flow Networks (GFlowNets)": another
    /// entity of the target's type between the cue and the target is what the cue introduces; the target is only used.
    /// </summary>
    private static bool NamedEarlier(ExtractionWork work, Candidate target, int cue)
    {
        var between = new List<Candidate>();
        work.Mentions.CollectInside(cue, target.Start, between);
        foreach (var m in between)
        {
            if (m.Type == target.Type && m.Key != target.Key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The capitalised names that continue a list after a target: ", MATH", " and SVAMP", ", and AQuA".</summary>
    private static List<(int Start, int End)> ListItemsAfter(string text, int position)
    {
        var items = new List<(int Start, int End)>();
        while (items.Count < 12)
        {
            var i = position;
            var separated = false;
            while (i < text.Length && (text[i] is ',' or ' ' or '/'))
            {
                separated |= text[i] != ' ';
                i++;
            }

            foreach (var conjunction in (string[])["and ", "or "])
            {
                if (string.CompareOrdinal(text, i, conjunction, 0, conjunction.Length) == 0)
                {
                    i += conjunction.Length;
                    separated = true;
                    break;
                }
            }

            if (!separated || i >= text.Length || !char.IsUpper(text[i]))
            {
                break;
            }

            var end = i;
            while (true)
            {
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '+' or '.'))
                {
                    end++;
                }

                // A name of several capitalised words ("Frozen Lake") is one item.
                if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
                {
                    end++;
                    continue;
                }

                break;
            }

            while (end > i && text[end - 1] == '.')
            {
                end--;
            }

            items.Add((i, end));
            position = end;
        }

        return items;
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] is not ('+' or ')'))
        {
            end--;
        }

        return (start, end);
    }
}
