namespace FineTuneGraph.Extraction;

public static partial class AcronymFinder
{
    /// <summary>Short words a title-cased long form may hold in lower case: "Reinforcement Learning from Human Feedback".</summary>
    private static readonly WordSet TitleCaseJoiners = new("of", "for", "and", "to", "the", "a", "an", "via", "with", "in", "on", "from", "by");

    /// <summary>
    /// "RISE: Recursive IntroSpEction", "we develop ZIP: Zero-shot Instruction Pruning": a short form right before a
    /// colon, and after it the fewest title-cased words (at most the usual long form's) whose initials and other capitals
    /// spell it exactly, joiners aside (stricter than "long form (SHORT)", where any letter may count). Title case is required, as a colon also introduces plain prose ("GPT-4: a strong model").
    /// </summary>
    private static bool TryLongFormAfterColon(string text, int colon, out AcronymDefinition definition)
    {
        definition = default;
        var shortEnd = colon;
        var shortStart = shortEnd;
        // Bounded: a run of thousands of characters without a space before each of thousands of colons stays linear.
        while (shortStart > 0 && colon - shortStart <= MaxShortLength && !char.IsWhiteSpace(text[shortStart - 1])
               && text[shortStart - 1] is not ('(' or '[' or '"' or '\u201C' or ':' or '.'))
        {
            shortStart--;
        }

        var shortForm = text.AsSpan(shortStart, shortEnd - shortStart);
        if (shortForm.IsEmpty || !IsShortForm(shortForm) || CountUpper(shortForm) < 2)
        {
            return false;
        }

        Span<char> keys = stackalloc char[MaxShortLength];
        var count = Keys(shortForm, keys, keepDigits: true);
        var longStart = colon + 1;
        while (longStart < text.Length && text[longStart] == ' ')
        {
            longStart++;
        }

        if (count < 2 || longStart == colon + 1 || longStart >= text.Length || char.ToLowerInvariant(text[longStart]) != keys[0])
        {
            return false;
        }

        var maxWords = MaxWords(shortForm.Length);
        var wordStart = longStart;
        for (var words = 1; words <= maxWords && wordStart < text.Length; words++)
        {
            var wordEnd = wordStart;
            while (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or '\''))
            {
                wordEnd++;
            }

            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (word.IsEmpty || !(char.IsUpper(word[0]) || char.IsDigit(word[0]) || (words > 1 && TitleCaseJoiners.Contains(word))))
            {
                return false;
            }

            if (!TitleCaseJoiners.Contains(word)
                && SpellsExactly(text.AsSpan(longStart, wordEnd - longStart), keys[..count])
                && IsPlausiblePair(text.AsSpan(longStart, wordEnd - longStart), shortForm))
            {
                definition = new AcronymDefinition(longStart, wordEnd, shortStart, shortEnd);
                return true;
            }

            if (wordEnd >= text.Length || text[wordEnd] != ' ')
            {
                return false;
            }

            wordStart = wordEnd + 1;
        }

        return false;
    }

    /// <summary>
    /// The word initials and inner capitals (and digits) of <paramref name="longForm"/>, joiners skipped, are exactly
    /// <paramref name="keys"/>: "Recursive IntroSpEction" gives "rise", "Most Models Improve Quickly" gives "mmiq". A
    /// lower-case letter after a hyphen may count or not: "Zero-shot Instruction Pruning" spells ZIP.
    /// </summary>
    private static bool SpellsExactly(ReadOnlySpan<char> longForm, ReadOnlySpan<char> keys)
    {
        var k = 0;
        var i = 0;
        while (i < longForm.Length)
        {
            var end = i;
            while (end < longForm.Length && longForm[end] != ' ')
            {
                end++;
            }

            var word = longForm[i..end];
            if (!TitleCaseJoiners.Contains(word))
            {
                for (var j = 0; j < word.Length; j++)
                {
                    var c = word[j];
                    var required = char.IsUpper(c) || char.IsDigit(c) || (j == 0 && char.IsLetter(c));
                    var optional = !required && j > 0 && char.IsLetter(c) && !char.IsLetterOrDigit(word[j - 1]);
                    if (required || optional)
                    {
                        if (k < keys.Length && char.ToLowerInvariant(c) == keys[k])
                        {
                            k++;
                        }
                        else if (required)
                        {
                            return false;
                        }
                    }
                }
            }

            i = end + 1;
        }

        return k == keys.Length;
    }
}
