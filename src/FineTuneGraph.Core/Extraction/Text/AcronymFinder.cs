namespace FineTuneGraph.Extraction;

/// <summary>
/// Finds acronym definitions "Low-Rank Adaptation (LoRA)" in the manner of Schwartz and Hearst (2003). The short
/// form is in parentheses: 2 to 10 characters, at most two words, starting with a letter or digit, with a letter
/// and an upper-case letter. The long form is found among the last min(|SF| + 5, |SF| * 2) words before the
/// parenthesis, not crossing '.', ';', ':' or another parenthesis: it must start with the short form's first
/// character, contain its other characters in order (case-insensitively, a plural 's' ignored) and hold the last
/// one in its last word. Of the long forms that do, the one whose word initials cover most of the short form wins,
/// then the shortest, so "Proximal Policy Optimization (PPO)" gives the three words rather than "Policy Optimization".
/// "SHORT (long form)" is accepted when the parenthesis cannot be a short form and its words all spell the acronym,
/// and "SHORT: Long Form" when title-cased words after the colon spell it.
/// </summary>
public static partial class AcronymFinder
{
    private const int MaxShortLength = 10;
    private const int MaxParenthesisLength = 160;

    /// <summary>Finds the definitions in <paramref name="text"/>, in order; offsets are into <paramref name="text"/>.</summary>
    public static IReadOnlyList<AcronymDefinition> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        List<AcronymDefinition>? found = null;
        for (var open = text.IndexOf('(', StringComparison.Ordinal); open >= 0; open = text.IndexOf('(', open + 1))
        {
            var close = ClosingParenthesis(text, open);
            if (close > open && TryDefinition(text, open, close, out var definition))
            {
                (found ??= []).Add(definition);
            }
        }

        var parenthesised = found?.Count ?? 0;
        for (var colon = text.IndexOf(':', StringComparison.Ordinal); colon > 0; colon = text.IndexOf(':', colon + 1))
        {
            if (TryLongFormAfterColon(text, colon, out var definition))
            {
                (found ??= []).Add(definition);
            }
        }

        if (found is not null && found.Count > parenthesised && parenthesised > 0)
        {
            found.Sort((a, b) => Math.Min(a.LongStart, a.ShortStart).CompareTo(Math.Min(b.LongStart, b.ShortStart)));
        }

        return found ?? (IReadOnlyList<AcronymDefinition>)[];
    }

    private static bool TryDefinition(string text, int open, int close, out AcronymDefinition definition)
    {
        definition = default;
        var (innerStart, innerEnd) = Trim(text, open + 1, close);
        if (innerEnd <= innerStart)
        {
            return false;
        }

        // "(LoRA; Hu et al., 2021)": the short form is what comes before the first comma or semicolon.
        var cut = text.AsSpan(innerStart, innerEnd - innerStart).IndexOfAny(',', ';');
        var (shortStart, shortEnd) = cut < 0 ? (innerStart, innerEnd) : Trim(text, innerStart, innerStart + cut);
        if (IsShortForm(text.AsSpan(shortStart, shortEnd - shortStart)))
        {
            return TryLongFormBefore(text, open, shortStart, shortEnd, out definition);
        }

        return cut < 0 && TryLongFormInside(text, open, innerStart, innerEnd, out definition);
    }

    /// <summary>"long form (SHORT)".</summary>
    private static bool TryLongFormBefore(string text, int open, int shortStart, int shortEnd, out AcronymDefinition definition)
    {
        definition = default;
        var shortForm = text.AsSpan(shortStart, shortEnd - shortStart);
        var longEnd = LongFormEnd(text, open);
        if (longEnd < 0)
        {
            return false;
        }

        Span<int> wordStarts = stackalloc int[MaxShortLength * 2];
        var words = WordStartsBefore(text, longEnd, MaxWords(shortForm.Length), wordStarts);
        Span<char> keys = stackalloc char[MaxShortLength];
        var count = Keys(shortForm, keys, keepDigits: true);
        var longStart = BestLongFormStart(text, keys[..count], wordStarts[..words], longEnd);
        if (longStart < 0 && HasInnerDigits(shortForm))
        {
            // "Sequence-to-Sequence (Seq2Seq)": a digit between letters often stands for a word ("to", "for").
            count = Keys(shortForm, keys, keepDigits: false);
            longStart = BestLongFormStart(text, keys[..count], wordStarts[..words], longEnd);
        }

        Span<char> repeated = stackalloc char[MaxRepeatedKeys];
        if (longStart < 0 && RepeatedLetterKeys(shortForm, repeated) is var many and > 0)
        {
            // "Text-to-Text Transfer Transformer (T5)", "multimodal multitask multilingual (FM3)": a digit after a letter
            // repeats it. More keys reach further back.
            Span<int> moreStarts = stackalloc int[MaxRepeatedKeys * 2];
            var moreWords = WordStartsBefore(text, longEnd, MaxWords(many), moreStarts);
            longStart = BestLongFormStart(text, repeated[..many], moreStarts[..moreWords], longEnd);
        }

        if (longStart < 0 || !IsPlausiblePair(text.AsSpan(longStart, longEnd - longStart), shortForm))
        {
            return false;
        }

        definition = new AcronymDefinition(longStart, longEnd, shortStart, shortEnd);
        return true;
    }

    /// <summary>"SHORT (long form)": every word of the parenthesis belongs to the long form.</summary>
    private static bool TryLongFormInside(string text, int open, int innerStart, int innerEnd, out AcronymDefinition definition)
    {
        definition = default;
        var inner = text.AsSpan(innerStart, innerEnd - innerStart);
        var innerWords = inner.Count(' ') + 1;
        if ((innerWords <= 2 && inner.Length <= MaxShortLength) || !char.IsLetter(inner[0]) || inner.ContainsAnyExcept(LongFormInsideChars))
        {
            return false;
        }

        var shortEnd = open;
        while (shortEnd > 0 && char.IsWhiteSpace(text[shortEnd - 1]))
        {
            shortEnd--;
        }

        var shortStart = shortEnd;
        while (shortStart > 0 && !char.IsWhiteSpace(text[shortStart - 1]) && text[shortStart - 1] is not ('(' or '[' or '"' or '\u201C'))
        {
            shortStart--;
        }

        var shortForm = text.AsSpan(shortStart, shortEnd - shortStart);
        if (!IsShortForm(shortForm) || shortForm.Contains(' ') || CountUpper(shortForm) < 2 || innerWords > MaxWords(shortForm.Length))
        {
            return false;
        }

        Span<char> keys = stackalloc char[MaxShortLength];
        var count = Keys(shortForm, keys, keepDigits: true);
        if (count < 2 || char.ToLowerInvariant(inner[0]) != keys[0] || Stopwords.Contains(FirstWord(inner)))
        {
            return false;
        }

        var lastWordStart = innerStart + inner.LastIndexOf(' ') + 1;
        if (Score(text, keys[..count], innerStart, innerEnd, lastWordStart) < 0 || !IsPlausiblePair(inner, shortForm))
        {
            return false;
        }

        definition = new AcronymDefinition(innerStart, innerEnd, shortStart, shortEnd);
        return true;
    }

    /// <summary>
    /// The start of the best long form ending at <paramref name="longEnd"/>, or -1: a word start that matches the
    /// first key, from which all keys match in order; most keys on word initials wins, then the nearest start.
    /// </summary>
    private static int BestLongFormStart(string text, ReadOnlySpan<char> keys, ReadOnlySpan<int> wordStarts, int longEnd)
    {
        if (keys.Length < 2 || wordStarts.IsEmpty)
        {
            return -1;
        }

        var lastWordStart = wordStarts[0];
        var best = -1;
        var bestScore = 0;
        foreach (var wordStart in wordStarts)
        {
            var at = wordStart;
            while (at < longEnd && !char.IsLetterOrDigit(text[at]))
            {
                at++;
            }

            if (at >= longEnd || char.ToLowerInvariant(text[at]) != keys[0] || Stopwords.Contains(FirstWord(text.AsSpan(at, longEnd - at))))
            {
                continue;
            }

            var score = Score(text, keys, at, longEnd, lastWordStart);
            if (score > bestScore)
            {
                bestScore = score;
                best = at;
            }
        }

        return best;
    }

    /// <summary>
    /// With keys[0] at <paramref name="from"/>, the most keys that can sit on word initials while all keys match
    /// in order in [<paramref name="from"/>, <paramref name="to"/>) and the last one at or after
    /// <paramref name="lastWordStart"/>; -1 when they cannot all match.
    /// </summary>
    private static int Score(string text, ReadOnlySpan<char> keys, int from, int to, int lastWordStart)
    {
        Span<int> best = stackalloc int[keys.Length];
        best.Fill(-1);
        best[0] = 1;
        for (var j = from + 1; j < to; j++)
        {
            var c = char.ToLowerInvariant(text[j]);
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var initial = char.IsLetterOrDigit(text[j - 1]) ? 0 : 1;
            for (var k = Math.Min(keys.Length - 1, j - from); k >= 1; k--)
            {
                if (keys[k] == c && best[k - 1] >= 0 && (k < keys.Length - 1 || j >= lastWordStart))
                {
                    best[k] = Math.Max(best[k], best[k - 1] + initial);
                }
            }
        }

        return best[^1];
    }
}
