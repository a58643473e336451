using FineTuneGraph.Corpus;

namespace FineTuneGraph.Extraction;

/// <summary>Paper-local entities: found by acronyms, context rules and variants, and added wherever their words occur.</summary>
internal static class LocalMentions
{
    /// <summary>
    /// Adds a paper-local entity (or new mentions of a known one) at a span and at every other occurrence of the
    /// same words in the paper that no mention covers yet.
    /// </summary>
    internal static void AddEverywhere(ExtractionWork work, Candidate first, string surface, bool caseSensitive)
    {
        if (work.Overlapping(first.Start, first.End) is null)
        {
            work.Mentions.Add(first);
        }

        work.Entity(first);
        string? why = null;
        foreach (var (start, end) in Occurrences(work, surface, caseSensitive))
        {
            if (work.Overlapping(start, end) is null || work.TryClaim(start, end, first.RuleId))
            {
                work.Mentions.Add(first with { Start = start, End = end, Why = why ??= $"another occurrence of '{surface}'" });
            }
        }
    }

    /// <summary>Spans where the tokens of <paramref name="surface"/> occur in the paper, in text order.</summary>
    internal static IEnumerable<(int Start, int End)> Occurrences(ExtractionWork work, string surface, bool caseSensitive)
    {
        var words = Tokenizer.Words(surface);
        if (words.Count == 0)
        {
            yield break;
        }

        // Candidates are the places of the surface's rarest word or pair of words.
        var hashes = new int[words.Count];
        for (var j = 0; j < hashes.Length; j++)
        {
            hashes[j] = WordPositions.Hash(words[j]);
        }

        var positions = work.WordPositions;
        var (pairs, bucket, anchor) = positions.RarestOf(hashes);
        var document = work.Document;
        var comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        var tokens = document.Tokens;
        for (var at = positions.First(pairs, bucket); at >= 0; at = positions.Next(pairs, at))
        {
            var i = at - anchor;
            if (i < 0 || i + words.Count > tokens.Count)
            {
                continue;
            }

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

    internal static Candidate LocalCandidate(string type, string name, int start, int end, string ruleId, string why) =>
        new(type, LocalKey.Of(name), name, start, end, 0, CandidateOrigin.Local, ruleId, why, Extractor.NoAttributes);

    /// <summary>Small words that make a hyphenated phrase a slogan ("One-for-All", "Less-is-More"), not a name.</summary>
    private static readonly HashSet<string> SloganWords = new(["a", "all", "an", "and", "as", "at", "by", "for", "in", "is", "of", "on", "or", "the", "to", "with"], StringComparer.Ordinal);

    /// <summary>One word with an inner capital or a digit: LiNeS, HFT, AutoPEFT, CLS-RL, GPT4All.</summary>
    internal static bool IsCoined(string name)
    {
        if (name.Length < 2 || name.Any(char.IsWhiteSpace) || !char.IsLetterOrDigit(name[0]) || name.Split('-').Any(SloganWords.Contains))
        {
            return false;
        }

        return name.Skip(1).Any(char.IsUpper) || (name.Any(char.IsDigit) && name.Any(char.IsLetter));
    }
}
