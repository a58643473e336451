using FineTuneGraph.Corpus;

namespace FineTuneGraph.Extraction;

public sealed partial class Extractor
{
    /// <summary>
    /// Adds a paper-local entity (or new mentions of a known one) at a span and at every other occurrence of the
    /// same words in the paper that no mention covers yet.
    /// </summary>
    private static void AddEverywhere(ExtractionWork work, Candidate first, string surface, bool caseSensitive)
    {
        if (work.Overlapping(first.Start, first.End) is null)
        {
            work.Mentions.Add(first);
        }

        work.Entity(first);
        foreach (var (start, end) in Occurrences(work.Document, surface, caseSensitive))
        {
            if (work.Overlapping(start, end) is null || work.TryClaim(start, end, first.RuleId))
            {
                work.Mentions.Add(first with { Start = start, End = end, Why = $"another occurrence of '{surface}'" });
            }
        }
    }

    /// <summary>Spans where the tokens of <paramref name="surface"/> occur in the paper.</summary>
    private static IEnumerable<(int Start, int End)> Occurrences(PaperDocument document, string surface, bool caseSensitive)
    {
        var words = Tokenizer.Words(surface);
        if (words.Count == 0)
        {
            yield break;
        }

        var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var tokens = document.Tokens;
        for (var i = 0; i + words.Count <= tokens.Count; i++)
        {
            var all = true;
            for (var j = 0; j < words.Count && all; j++)
            {
                var token = tokens[i + j];
                all = token.Length == words[j].Length && document.Text.AsSpan(token.Start, token.Length).Equals(words[j], comparison);
            }

            if (all)
            {
                yield return (tokens[i].Start, tokens[i + words.Count - 1].End);
            }
        }
    }

    private static Candidate LocalCandidate(string type, string name, int start, int end, string ruleId, string why) =>
        new(type, PaperIdentity.Slug(name), name, start, end, 0, CandidateOrigin.Local, ruleId, why, NoAttributes);

    /// <summary>Small words that make a hyphenated phrase a slogan ("One-for-All", "Less-is-More"), not a name.</summary>
    private static readonly HashSet<string> SloganWords = new(["a", "all", "an", "and", "as", "at", "by", "for", "in", "is", "of", "on", "or", "the", "to", "with"], StringComparer.Ordinal);

    /// <summary>One word with an inner capital or a digit: LiNeS, HFT, AutoPEFT, CLS-RL, GPT4All.</summary>
    private static bool IsCoined(string name)
    {
        if (name.Length < 2 || name.Any(char.IsWhiteSpace) || !char.IsLetterOrDigit(name[0]) || name.Split('-').Any(SloganWords.Contains))
        {
            return false;
        }

        return name.Skip(1).Any(char.IsUpper) || (name.Any(char.IsDigit) && name.Any(char.IsLetter));
    }
}
