namespace FineTuneGraph.Extraction;

public static partial class AcronymFinder
{
    /// <summary>First words of parentheses that are no short forms: "(e.g. LoRA)", "(Table 1)", "(see Section 3)".</summary>
    private static readonly WordSet NotShortForms = new(
        "e.g", "eg", "i.e", "ie", "cf", "see", "viz", "resp", "respectively", "table", "tab", "tables", "fig", "figs",
        "figure", "figures", "section", "sec", "sect", "appendix", "app", "eq", "eqs", "equation", "alg", "algorithm",
        "thm", "theorem", "lemma", "step", "ch", "chapter", "ref", "refs", "ours", "left", "right", "top", "bottom",
        "middle", "center", "centre", "note", "nb", "etc", "aka", "a.k.a", "vs", "and", "or", "w/o", "w/", "et", "al",
        "ibid", "supp", "suppl", "sic", "ca", "approx", "incl", "excl", "p", "n", "k", "i", "ii", "iii", "iv", "v", "a",
        "b", "c", "d", "e", "f", "in", "on", "at", "for", "to", "the", "with", "by", "from");

    /// <summary>Words a long form does not start with.</summary>
    private static readonly WordSet Stopwords = new(
        "the", "a", "an", "of", "and", "or", "to", "for", "in", "on", "with", "by", "from", "as", "at", "is", "are",
        "was", "were", "we", "our", "this", "that", "these", "those", "its", "their", "via", "using", "such", "which",
        "it", "be", "has", "have", "can", "into", "than", "both", "each", "also", "while", "when", "where", "called",
        "named", "termed", "dubbed");

    private static readonly System.Buffers.SearchValues<char> LongFormInsideChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'");

    /// <summary>
    /// 2 to 10 characters, at most two words, a letter or digit first, a letter and an upper-case letter in it, no
    /// year, no reference word first, and not a capitalised word ("Smith", "Ours"), which names rather than abbreviates.
    /// </summary>
    private static bool IsShortForm(ReadOnlySpan<char> form)
    {
        if (form.Length is < 2 or > MaxShortLength || !char.IsLetterOrDigit(form[0]))
        {
            return false;
        }

        int words = 1, letters = 0, uppers = 0, digitRun = 0;
        foreach (var c in form)
        {
            if (char.IsLetter(c))
            {
                letters++;
                uppers += char.IsUpper(c) ? 1 : 0;
                digitRun = 0;
            }
            else if (char.IsDigit(c))
            {
                if (++digitRun >= 4)
                {
                    return false;
                }
            }
            else if (c is ' ' or '-' or '/' or '.' or '&' or '+' or '\'' or '_')
            {
                words += c == ' ' ? 1 : 0;
                digitRun = 0;
            }
            else
            {
                return false;
            }
        }

        if (words > 2 || letters == 0 || uppers == 0)
        {
            return false;
        }

        var space = form.IndexOf(' ');
        var first = (space < 0 ? form : form[..space]).TrimEnd('.');
        if (NotShortForms.Contains(first))
        {
            return false;
        }

        return !(uppers == 1 && char.IsUpper(form[0]) && letters == form.Length && form.Length >= 4);
    }

    /// <summary>The lower-case letters and digits of a short form to match, without a plural 's' ("LLMs").</summary>
    private static int Keys(ReadOnlySpan<char> shortForm, Span<char> keys, bool keepDigits)
    {
        var form = shortForm.Length >= 3 && shortForm[^1] == 's' && char.IsUpper(shortForm[^2]) ? shortForm[..^1] : shortForm;
        var count = 0;
        foreach (var c in form)
        {
            if (char.IsLetter(c) || (keepDigits && char.IsDigit(c)))
            {
                keys[count++] = char.ToLowerInvariant(c);
            }
        }

        return count;
    }

    private const int MaxRepeatedKeys = 16;

    /// <summary>
    /// The keys of a short form whose digits 2 to 5 repeat the letter before them ("FM3" is f, m, m, m; "T5" five t's);
    /// 0 when it has no such digit or the keys would exceed <see cref="MaxRepeatedKeys"/>.
    /// </summary>
    private static int RepeatedLetterKeys(ReadOnlySpan<char> shortForm, Span<char> keys)
    {
        var count = 0;
        var repeats = false;
        for (var i = 0; i < shortForm.Length; i++)
        {
            var c = shortForm[i];
            if (char.IsLetter(c))
            {
                if (count == keys.Length)
                {
                    return 0;
                }

                keys[count++] = char.ToLowerInvariant(c);
            }
            else if (c is >= '2' and <= '5' && i > 0 && char.IsLetter(shortForm[i - 1]) && (i + 1 == shortForm.Length || !char.IsDigit(shortForm[i + 1])))
            {
                var letter = keys[count - 1];
                for (var r = 1; r < c - '0'; r++)
                {
                    if (count == keys.Length)
                    {
                        return 0;
                    }

                    keys[count++] = letter;
                }

                repeats = true;
            }
            else if (char.IsDigit(c))
            {
                return 0;
            }
        }

        return repeats ? count : 0;
    }

    /// <summary>The end of the long form: right before the parenthesis, past space and closing quotes; -1 if no word ends there.</summary>
    private static int LongFormEnd(string text, int open)
    {
        var end = open;
        while (end > 0 && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '"' or '\'' or '\u201D' or '\u2019'))
        {
            end--;
        }

        return end > 0 && char.IsLetterOrDigit(text[end - 1]) ? end : -1;
    }

    /// <summary>The starts of up to <paramref name="maxWords"/> words before <paramref name="end"/>, nearest first, within the clause.</summary>
    private static int WordStartsBefore(string text, int end, int maxWords, Span<int> starts)
    {
        var count = 0;
        var j = end;
        while (count < Math.Min(maxWords, starts.Length))
        {
            var k = j;
            while (k > 0 && !char.IsWhiteSpace(text[k - 1]) && !IsClauseBoundary(text, k - 1))
            {
                k--;
            }

            if (k == j)
            {
                break;
            }

            starts[count++] = k;
            j = k;
            while (j > 0 && char.IsWhiteSpace(text[j - 1]))
            {
                j--;
            }

            if (j == 0 || j == k || IsClauseBoundary(text, j - 1))
            {
                break;
            }
        }

        return count;
    }

    private static bool IsClauseBoundary(string text, int i) => text[i] switch
    {
        ';' or ':' or '(' or ')' or '[' or ']' or '{' or '}' or '!' or '?' => true,
        '.' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    /// <summary>The long form is longer than the short form and does not contain it as a word ("LoRA fine-tuning (LoRA)").</summary>
    private static bool IsPlausiblePair(ReadOnlySpan<char> longForm, ReadOnlySpan<char> shortForm)
    {
        if (longForm.Length <= shortForm.Length)
        {
            return false;
        }

        for (var at = longForm.IndexOf(shortForm, StringComparison.Ordinal); at >= 0;)
        {
            var end = at + shortForm.Length;
            if ((at == 0 || !char.IsLetterOrDigit(longForm[at - 1])) && (end == longForm.Length || !char.IsLetterOrDigit(longForm[end])))
            {
                return false;
            }

            var next = longForm[(at + 1)..].IndexOf(shortForm, StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return true;
    }

    /// <summary>Digits only between letters: "Seq2Seq" (not "GPT-4", "T5", "3D").</summary>
    private static bool HasInnerDigits(ReadOnlySpan<char> form)
    {
        if (!form.ContainsAnyInRange('0', '9') || !char.IsLetter(form[0]) || !char.IsLetter(form[^1]))
        {
            return false;
        }

        for (var i = 1; i < form.Length - 1; i++)
        {
            if (char.IsDigit(form[i]) && !(char.IsLetterOrDigit(form[i - 1]) && char.IsLetterOrDigit(form[i + 1])))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountUpper(ReadOnlySpan<char> form)
    {
        var count = 0;
        foreach (var c in form)
        {
            count += char.IsUpper(c) ? 1 : 0;
        }

        return count;
    }

    /// <summary>The first word, up to white space, without trailing punctuation: "in-context" (not "in").</summary>
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> s)
    {
        var space = s.IndexOfAny(' ', '\t', '\n');
        return (space < 0 ? s : s[..space]).TrimEnd(".,;:'\"");
    }

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The ')' closing <paramref name="open"/>, or -1 if another '(' comes first or it is too far.</summary>
    private static int ClosingParenthesis(string text, int open)
    {
        var limit = Math.Min(text.Length, open + MaxParenthesisLength);
        for (var j = open + 1; j < limit; j++)
        {
            switch (text[j])
            {
                case ')':
                    return j;
                case '(':
                    return -1;
            }
        }

        return -1;
    }

    private static int MaxWords(int shortLength) => Math.Min(shortLength + 5, shortLength * 2);
}
