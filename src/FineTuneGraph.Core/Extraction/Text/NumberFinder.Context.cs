namespace FineTuneGraph.Extraction;

public static partial class NumberFinder
{
    /// <summary>What the words before a number make of it.</summary>
    private enum Lead
    {
        /// <summary>Nothing in particular.</summary>
        None,

        /// <summary>A word or sign that introduces a score: "of", "achieves", "=".</summary>
        Trigger,

        /// <summary>A setting or a count: "rank of 8", "a total of 12", "p = 0.01".</summary>
        Setting,
    }

    /// <summary>Keeps or drops a number without a unit.</summary>
    private static Verdict DecideUnitless(ReadOnlySpan<char> s, int start, int p, int digitsEnd, int integerDigits, int fractionDigits, bool grouped)
    {
        var hasDecimal = fractionDigits > 0;
        if (!hasDecimal && !grouped && integerDigits == 4 && s[p] is '1' or '2' && (s.Slice(p, 2) is "19" or "20"))
        {
            return Verdict.Drop;
        }

        if (integerDigits == 4 && fractionDigits is 4 or 5)
        {
            // An arXiv id: "2301.12345".
            return Verdict.Drop;
        }

        var previous = PreviousWord(s, start, out var previousStart);
        if (NumberLexicon.References.Contains(previous))
        {
            return Verdict.Drop;
        }

        var lead = LeadOf(s, start, previous, previousStart);
        if (lead == Lead.Setting)
        {
            return Verdict.Drop;
        }

        if (hasDecimal)
        {
            // "Llama 3.1", "SQuAD 2.0", "Python 3.10": a small decimal right after a name is a version.
            var small = integerDigits == 1 || (integerDigits == 2 && s[p] == '1');
            return lead == Lead.None && small && IsName(previous) ? Verdict.Drop : Verdict.Keep;
        }

        return lead == Lead.Trigger && IsScoreFollower(s, digitsEnd) ? Verdict.Keep : Verdict.Open;
    }

    private static Lead LeadOf(ReadOnlySpan<char> s, int start, ReadOnlySpan<char> previous, int previousStart)
    {
        var j = start;
        while (j > 0 && char.IsWhiteSpace(s[j - 1]))
        {
            j--;
        }

        if (j > 0 && s[j - 1] is '=' or '\u2248' or '~' or '\u2243' or '<' or '>' or '\u2264' or '\u2265')
        {
            var variable = PreviousWord(s, j - 1, out _);
            if ((variable.Length == 1 && char.IsLetter(variable[0]) && !NumberLexicon.ResultVariables.Contains(variable))
                || NumberLexicon.SettingHeads.Contains(variable))
            {
                return Lead.Setting;
            }

            return s[j - 1] is '<' or '>' or '\u2264' or '\u2265' ? Lead.None : Lead.Trigger;
        }

        var word = previous;
        var wordStart = previousStart;
        if (NumberLexicon.Qualifiers.Contains(word))
        {
            word = PreviousWord(s, wordStart, out wordStart);
        }

        if (!NumberLexicon.Triggers.Contains(word))
        {
            return Lead.None;
        }

        var head = PreviousWord(s, wordStart, out var headStart);
        if (!head.IsEmpty && char.IsAsciiDigit(head[0]))
        {
            // "from 3 to 5": "to" joins a range here; it does not introduce a score.
            return Lead.None;
        }

        if (NumberLexicon.SettingHeads.Contains(head)
            || (head.Equals("rate", StringComparison.OrdinalIgnoreCase) && PreviousWord(s, headStart, out _).Equals("learning", StringComparison.OrdinalIgnoreCase)))
        {
            return Lead.Setting;
        }

        return Lead.Trigger;
    }

    /// <summary>After a triggered integer: the end, punctuation, a preposition or a metric ("72 on MMLU", "72 BLEU"), but no counted noun ("70 languages").</summary>
    private static bool IsScoreFollower(ReadOnlySpan<char> s, int end)
    {
        var j = SkipSpace(s, end);
        if (j >= s.Length)
        {
            return true;
        }

        if (!char.IsLetter(s[j]))
        {
            return true;
        }

        var word = Token(s, j);
        if (NumberLexicon.ScoreFollowers.Contains(word))
        {
            return true;
        }

        return word.Length >= 2 && char.IsAsciiLetterUpper(word[0]) && !word.ContainsAnyInRange('a', 'z') && !word.ContainsAnyInRange('0', '9')
            && !NumberLexicon.Hardware.Contains(word);
    }

    /// <summary>"3-5", "3 - 5", "45 to 58": the offset of the range's second number, and whether "to" joins the two.</summary>
    private static bool TryRangeEnd(ReadOnlySpan<char> s, int end, out int other, out bool joinedByTo)
    {
        other = -1;
        joinedByTo = false;
        var spaced = end < s.Length && char.IsWhiteSpace(s[end]);
        var j = SkipSpace(s, end);
        if (j >= s.Length)
        {
            return false;
        }

        if (s[j] is '-' or '\u2013' or '\u2014')
        {
            j++;
        }
        else if (spaced && s[j..].StartsWith("to ", StringComparison.Ordinal))
        {
            j += 3;
            joinedByTo = true;
        }
        else
        {
            return false;
        }

        j = SkipSpace(s, j);
        if (j + 1 < s.Length && IsSign(s[j]) && char.IsAsciiDigit(s[j + 1]))
        {
            j++;
        }

        if (j < s.Length && char.IsAsciiDigit(s[j]))
        {
            other = j;
            return true;
        }

        return false;
    }

    /// <summary>"from 18.6% to 81.7%", "from about 45 to 58": the number at <paramref name="start"/> opens a change, not a range.</summary>
    private static bool IsChangeStart(ReadOnlySpan<char> s, int start)
    {
        var word = PreviousWord(s, start, out var wordStart);
        if (NumberLexicon.Qualifiers.Contains(word))
        {
            word = PreviousWord(s, wordStart, out _);
        }

        return word.Equals("from", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A capitalised or mixed-case word that is not a metric: "Llama", "SQuAD", "GPT" (but not "BLEU", "macro-F1").</summary>
    private static bool IsName(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsLetter(word[0]) || !word.ContainsAnyInRange('A', 'Z')
            || NumberLexicon.Triggers.Contains(word) || NumberLexicon.Qualifiers.Contains(word))
        {
            return false;
        }

        foreach (var part in word.Split('-'))
        {
            if (NumberLexicon.Metrics.Contains(word[part]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word that ends right before <paramref name="end"/> (white space between allowed), without trailing periods; empty after punctuation.</summary>
    private static ReadOnlySpan<char> PreviousWord(ReadOnlySpan<char> s, int end, out int wordStart)
    {
        var j = end;
        while (j > 0 && char.IsWhiteSpace(s[j - 1]))
        {
            j--;
        }

        var wordEnd = j;
        while (j > 0 && IsWordChar(s[j - 1]))
        {
            j--;
        }

        wordStart = j;
        return s[j..wordEnd].Trim(".-'");
    }

    /// <summary>The word that starts at <paramref name="j"/>, without trailing periods.</summary>
    private static ReadOnlySpan<char> Token(ReadOnlySpan<char> s, int j)
    {
        var end = j;
        while (end < s.Length && IsWordChar(s[end]))
        {
            end++;
        }

        return s[j..end].TrimEnd(".-'");
    }

    private static ReadOnlySpan<char> Letters(ReadOnlySpan<char> s, int j)
    {
        var end = j;
        while (end < s.Length && char.IsLetter(s[end]))
        {
            end++;
        }

        return s[j..end];
    }

    private static int SkipSpace(ReadOnlySpan<char> s, int j)
    {
        while (j < s.Length && char.IsWhiteSpace(s[j]))
        {
            j++;
        }

        return j;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '-' or '@' or '.' or '\'' or '_' or '+';
}
