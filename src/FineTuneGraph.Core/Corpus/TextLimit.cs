namespace FineTuneGraph.Corpus;

/// <summary>Cuts a text to a length at the best boundary in reach: a sentence end, else a word end, else a character.</summary>
internal static class TextLimit
{
    /// <summary>The text itself when it fits; else its longest start of at most <paramref name="max"/> characters that ends a sentence, else a word (either in the second half of the limit), else one that does not split a surrogate pair.</summary>
    public static string Cut(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var floor = max / 2;
        for (var i = max - 1; i >= floor; i--)
        {
            if (text[i] is '.' or '!' or '?' or '。' or '！' or '？' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i] > 0x3000))
            {
                return text[..(i + 1)];
            }
        }

        for (var i = max; i >= floor; i--)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return text[..i].TrimEnd();
            }
        }

        return char.IsHighSurrogate(text[max - 1]) ? text[..(max - 1)] : text[..max];
    }
}
