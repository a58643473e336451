using System.Collections.Frozen;

namespace FineTuneGraph.Text;

/// <summary>
/// Splits prose into sentences with offsets into the original string. A sentence ends at '.', '!' or '?'
/// (with any closing quotes or brackets) followed by white space and then an upper-case letter, a digit or
/// an opening quote or bracket; or at a blank line. Abbreviations ("e.g.", "i.e.", "et al.", "vs.", "Fig.")
/// and initials do not end a sentence, and neither do decimals ("5.2%", "Llama 2.5"), which have no space.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "e.g", "i.e", "al", "vs", "cf", "fig", "figs", "eq", "eqs", "sec", "secs", "tab", "tbl", "no", "nos",
        "approx", "resp", "incl", "dr", "mr", "mrs", "ms", "prof", "st", "viz", "ca", "ref", "refs", "ch", "vol", "pp",
        "p", "ed", "eds", "est", "min", "max", "avg", "w.r.t", "a.k.a", "u.s", "inc", "ltd", "co", "jr", "sr",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<char> Enders = System.Buffers.SearchValues.Create(".!?\n");

    /// <summary>Splits <paramref name="text"/>; sentences are trimmed of surrounding white space.</summary>
    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = SkipSpace(text, 0);
        var i = start;
        while (i < text.Length)
        {
            // Only these characters can end a sentence; the rest is skipped in one vectorised search.
            var skip = text.AsSpan(i).IndexOfAny(Enders);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (c is '.' or '!' or '?')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '.' or '!' or '?')
                {
                    end++;
                }

                while (end < text.Length && IsCloser(text[end]))
                {
                    end++;
                }

                if (IsBoundary(text, i, end))
                {
                    Add(sentences, text, start, end);
                    start = SkipSpace(text, end);
                    i = start;
                    continue;
                }

                i = end;
                continue;
            }

            if (c == '\n' && IsBlankLineAhead(text, i))
            {
                Add(sentences, text, start, i);
                start = SkipSpace(text, i);
                i = start;
                continue;
            }

            i++;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool IsBoundary(string text, int terminator, int end)
    {
        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            return false;
        }

        var next = SkipSpace(text, end);
        if (next >= text.Length)
        {
            return true;
        }

        var following = text[next];
        if (!(char.IsUpper(following) || char.IsDigit(following) || IsOpener(following)))
        {
            return false;
        }

        return text[terminator] != '.' || !EndsWithAbbreviationOrInitial(text, terminator);
    }

    private static bool EndsWithAbbreviationOrInitial(string text, int period)
    {
        // The word before the period, allowing inner periods and spaces of multi-part abbreviations ("e.g", "et al").
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..period];
        if (word.Length == 0 || (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] is '-' or '_')))
        {
            // Not a word of its own: "GSM8K." ends in a letter but is no initial.
            return false;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        // "et al." is two words; "al" on its own is in the list.
        return Abbreviations.Contains(word);
    }

    private static bool IsBlankLineAhead(string text, int newline)
    {
        for (var j = newline + 1; j < text.Length; j++)
        {
            if (text[j] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(text[j]))
            {
                return false;
            }
        }

        return false;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, start, end));
        }
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '}' or '\u201D' or '\u2019' or '\u00BB';

    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '\u201C' or '\u2018' or '\u00AB';
}
