namespace FineTuneGraph.Extraction;

/// <summary>
/// Splits normalised text into tokens: maximal runs of letters and digits, and single other symbols. White space
/// and hyphens separate tokens without being tokens, so "fine-tuning", "fine tuning" and "fine – tuning" are the
/// same two tokens, and a match always starts and ends on a word boundary ("BERT" never matches inside "RoBERTa").
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/>, appended to <paramref name="tokens"/>.</summary>
    public static void Tokenize(string text, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c == '-')
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < text.Length && ContinuesWord(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            tokens.Add(new Token(start, i));
        }
    }

    /// <summary>A character that continues a word token: a letter, a digit or a combining mark.</summary>
    internal static bool ContinuesWord(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark;

    /// <summary>The tokens of a phrase, as strings (for building dictionaries).</summary>
    public static IReadOnlyList<string> Words(string phrase)
    {
        var tokens = new List<Token>();
        Tokenize(phrase, tokens);
        return tokens.Select(t => phrase[t.Start..t.End]).ToArray();
    }
}
