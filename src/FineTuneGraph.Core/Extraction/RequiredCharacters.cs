using System.Text.RegularExpressions;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

/// <summary>
/// The ASCII punctuation a regex cannot match without: characters its pattern spells out at the top level, outside
/// groups, classes and alternatives, and not made optional by a quantifier ("\(" and "\)" in
/// <c>...[^.;]{0,160}?\((?&lt;target&gt;...)\)</c>, ":" in <c>^(?&lt;target&gt;[^:]{2,40}?)\s*:\s</c>). A window
/// lacking one of them cannot hold a match, and a cheap <c>Contains</c> spares the regex a pass.
/// </summary>
internal static class RequiredCharacters
{
    /// <summary>The characters every match holds; empty when none can be told for sure.</summary>
    public static char[] Of(Regex regex)
    {
        var pattern = regex.ToString();
        if ((regex.Options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0 
            || pattern.Contains("(?x", StringComparison.Ordinal) || pattern.Contains("(?#", StringComparison.Ordinal) || pattern.Contains("-[", StringComparison.Ordinal))
        {
            return [];
        }

        var required = new SortedSet<char>();
        var depth = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            char? literal = null;
            switch (c)
            {
                case '\\':
                    if (++i < pattern.Length && IsPunctuation(pattern[i]))
                    {
                        literal = pattern[i];
                    }
                    else
                    {
                        i = EscapeEnd(pattern, i);
                    }

                    break;
                case '{':
                    i = Math.Max(i, pattern.IndexOf('}', i));
                    break;
                case '[':
                    i = RegexPatternText.ClassEnd(pattern, i);
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    return [];
                default:
                    if (IsPunctuation(c) && c is not ('.' or '^' or '$' or '|' or '*' or '+' or '?' or '{' or '}' or ']'))
                    {
                        literal = c;
                    }

                    break;
            }

            if (literal is { } character && depth == 0 && !OptionalFollows(pattern, i + 1))
            {
                required.Add(character);
            }
        }

        return depth == 0 ? [.. required] : [];
    }

    private static bool IsPunctuation(char c) => char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c));

    /// <summary>A quantifier that allows zero: ?, * or {0 (any {..} counts, to stay on the safe side).</summary>
    private static bool OptionalFollows(string pattern, int at) => at < pattern.Length && pattern[at] is '?' or '*' or '{';

    /// <summary>The last index of an escape that names more than one character: \k&lt;name&gt;, \p{L}, \x41, \u0041, \cA.</summary>
    private static int EscapeEnd(string pattern, int letter)
    {
        if (letter >= pattern.Length)
        {
            return letter;
        }

        var end = pattern[letter] switch
        {
            'k' when letter + 1 < pattern.Length && pattern[letter + 1] is '<' => pattern.IndexOf('>', letter),
            'k' when letter + 1 < pattern.Length && pattern[letter + 1] is '\'' => pattern.IndexOf('\'', letter + 2),
            'p' or 'P' when letter + 1 < pattern.Length && pattern[letter + 1] is '{' => pattern.IndexOf('}', letter),
            'x' => letter + 2,
            'u' => letter + 4,
            'c' => letter + 1,
            _ => letter,
        };
        return end < 0 ? pattern.Length : Math.Min(end, pattern.Length);
    }
}
