using System.Diagnostics;
using System.Text.RegularExpressions;
using FineTuneGraph.Corpus;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

/// <summary>
/// Stage 4, mention extension: grows accepted mentions with the patterns that extend their type ("Llama 2" +
/// "-Chat" + " 70B"). Reads and changes <see cref="ExtractionWork.Mentions"/> (replacing a mention by its longer form,
/// with a new entity when the name changes); needs the overlaps resolved.
/// </summary>
internal sealed class ExtensionStage(CompiledRulePack pack) : IExtractionStage
{
    private const int ExtensionWindow = 80;
    private const int MaxExtensions = 3;

    /// <summary>The stage's name.</summary>
    public const string StageName = "extensions";

    /// <inheritdoc/>
    public string Name => StageName;

    /// <inheritdoc/>
    public void Run(ExtractionWork work)
    {
        work.RequireOpenMentions(StageName);
        ExtendMentions(work);
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
                match = pack.FirstMatch(rule.Regex, text, from, mention.Start - from);
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
                match = pack.FirstMatch(rule.Regex, text, mention.End, length);
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

            if ((start == mention.Start && end == mention.End) || !PatternStage.OnWordBoundaries(text, start, end)
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
                Key = LocalKey.Of(name),
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
}
