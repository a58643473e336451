using System.Text.RegularExpressions;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

/// <summary>
/// The words every match of a regex starts with, when its pattern says so plainly: <c>\b</c>, then one word or a
/// group of words (<c>\b(?:datasets?|benchmarks?|corpora)\b</c>, <c>\b(?:[Ww]e|[Tt]his (?:paper|work))\s+</c>), each
/// spelled with ASCII letters, two-case classes such as <c>[Ww]</c> and an optional final <c>s?</c>, and ended by
/// <c>\b</c>, white space or a comma. Every match then starts at a token that is one of these words (in lower case),
/// so the regex can start scanning at the first such token of a sentence (<see cref="ExtractionWork.Spans"/>).
/// Anything else gives null: case-insensitive patterns, anchors, look-behinds and alternatives at the top level.
/// </summary>
internal static class LeadingWords
{
    private const RegexOptions Unsupported = RegexOptions.IgnoreCase | RegexOptions.RightToLeft | RegexOptions.IgnorePatternWhitespace | RegexOptions.ECMAScript;

    /// <summary>The lower-case leading words, or null when they cannot be told for sure.</summary>
    public static string[]? Of(Regex regex)
    {
        var pattern = regex.ToString();
        if ((regex.Options & Unsupported) != 0 || !pattern.StartsWith(@"\b", StringComparison.Ordinal) || !IsPlainAtTop(pattern))
        {
            return null;
        }

        var words = new List<string>();
        var at = 2;
        if (string.CompareOrdinal(pattern, at, "(?:", 0, 3) == 0)
        {
            at += 3;
            var bare = false;
            while (true)
            {
                if (ReadWord(pattern, ref at, words) is not { } ended)
                {
                    return null;
                }

                bare |= ended;
                at = AlternativeEnd(pattern, at);
                if (at >= pattern.Length)
                {
                    return null;
                }

                if (pattern[at++] == ')')
                {
                    break;
                }
            }

            if (at < pattern.Length && pattern[at] is '?' or '*' or '+' or '{')
            {
                return null;
            }

            if (string.CompareOrdinal(pattern, at, "s?", 0, 2) == 0)
            {
                // "(?:model|LLM)s?": any word may take an s (more words than needed only make the scan start earlier).
                at += 2;
                words.AddRange(words.Select(w => w + "s").ToArray());
            }

            return !bare || EndsWord(pattern, at) ? [.. words.Distinct(StringComparer.Ordinal)] : null;
        }

        return ReadWord(pattern, ref at, words) is { } bareWord && (!bareWord || EndsWord(pattern, at)) ? [.. words] : null;
    }

    /// <summary>
    /// Reads a word at <paramref name="at"/> (with "s" added when it ends in <c>s?</c>); true when the alternative ends
    /// right after it (its end must then be checked after the group), false when white space follows inside it, and
    /// null when the pattern is not of the supported shape.
    /// </summary>
    private static bool? ReadWord(string pattern, ref int at, List<string> words)
    {
        var word = new System.Text.StringBuilder();
        var optionalS = false;
        while (at < pattern.Length)
        {
            char letter;
            int next;
            if (char.IsAsciiLetter(pattern[at]))
            {
                (letter, next) = (char.ToLowerInvariant(pattern[at]), at + 1);
            }
            else if (at + 3 < pattern.Length && pattern[at] == '[' && pattern[at + 3] == ']' && char.IsAsciiLetter(pattern[at + 1])
                && char.ToLowerInvariant(pattern[at + 1]) == char.ToLowerInvariant(pattern[at + 2]) && char.IsAsciiLetter(pattern[at + 2]))
            {
                (letter, next) = (char.ToLowerInvariant(pattern[at + 1]), at + 4);
            }
            else
            {
                break;
            }

            if (next < pattern.Length && pattern[next] is '?' or '*' or '+' or '{')
            {
                if (pattern[next] != '?' || pattern[at] != 's' || word.Length == 0)
                {
                    return null;
                }

                optionalS = true;
                at = next + 1;
                break;
            }

            word.Append(letter);
            at = next;
        }

        if (word.Length == 0)
        {
            return null;
        }

        words.Add(word.ToString());
        if (optionalS)
        {
            words.Add(word + "s");
        }

        if (at < pattern.Length && pattern[at] is '|' or ')')
        {
            return true;
        }

        return IsSeparator(pattern, at) ? false : null;
    }

    /// <summary>Whether the pattern at <paramref name="at"/> makes the word before it end: \b, white space, or a comma.</summary>
    private static bool EndsWord(string pattern, int at) =>
        IsSeparator(pattern, at) || (string.CompareOrdinal(pattern, at, @"\b", 0, 2) == 0 && !QuantifierAt(pattern, at + 2))
        || (string.CompareOrdinal(pattern, at, ",?", 0, 2) == 0 && IsSeparator(pattern, at + 2))
        || (at < pattern.Length && pattern[at] == ',' && !QuantifierAt(pattern, at + 1));

    /// <summary>A space or \s that must occur at least once.</summary>
    private static bool IsSeparator(string pattern, int at) =>
        (at < pattern.Length && pattern[at] == ' ' && !QuantifierAt(pattern, at + 1))
        || (string.CompareOrdinal(pattern, at, @"\s", 0, 2) == 0 && !QuantifierAt(pattern, at + 2));

    /// <summary>A quantifier that may allow zero (any {..} counts, to stay on the safe side).</summary>
    private static bool QuantifierAt(string pattern, int at) => at < pattern.Length && pattern[at] is '?' or '*' or '{';

    /// <summary>The index of the '|' or ')' that ends the alternative holding <paramref name="at"/> (pattern length if none).</summary>
    private static int AlternativeEnd(string pattern, int at)
    {
        var depth = 0;
        for (; at < pattern.Length; at++)
        {
            switch (pattern[at])
            {
                case '\\':
                    at++;
                    break;
                case '[':
                    at = RegexPatternText.ClassEnd(pattern, at);
                    break;
                case '(':
                    depth++;
                    break;
                case ')' when depth == 0:
                    return at;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return at;
            }
        }

        return at;
    }

    /// <summary>No alternative at the top level, no anchor at the start of a line or input, no look-behind, no inline options.</summary>
    private static bool IsPlainAtTop(string pattern)
    {
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    if (++i < pattern.Length && pattern[i] is 'A' or 'G')
                    {
                        return false;
                    }

                    break;
                case '[':
                    i = RegexPatternText.ClassEnd(pattern, i);
                    break;
                case '^':
                    return false;
                case '(':
                    depth++;
                    if (i + 2 < pattern.Length && pattern[i + 1] == '?'
                        && (pattern[i + 2] is 'i' or 'm' or 'n' or 's' or 'x' or '-' or '#' or '(' || (pattern[i + 2] == '<' && i + 3 < pattern.Length && pattern[i + 3] is '=' or '!')))
                    {
                        return false;
                    }

                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return false;
            }
        }

        return depth == 0;
    }
}
