using System.Text;
using System.Text.RegularExpressions;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

/// <summary>
/// For a rule regex that needs the backtracking engine because of look-arounds: the same pattern with every
/// look-around replaced by an empty group, on the linear-time engine. It matches wherever the original can (a
/// look-around only ever removes matches), so where it finds nothing the slower original need not run.
/// </summary>
internal static class LookaroundFreeFilter
{
    /// <summary>The filter of <paramref name="regex"/>, or null when it has none (already linear, or not safely rewritable).</summary>
    public static Regex? For(Regex regex)
    {
        var options = regex.Options;
        if ((options & (RegexOptions.NonBacktracking | RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.ECMAScript)) != 0
            || StripLookarounds(regex.ToString()) is not { } pattern)
        {
            return null;
        }

        try
        {
            return new Regex(pattern, (options & ~RegexOptions.Compiled) | RegexOptions.NonBacktracking);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            // Back-references, atomic groups and the like: no linear form.
            return null;
        }
    }

    /// <summary>The pattern with look-arounds replaced by <c>(?:)</c>; null for syntax this scanner does not follow.</summary>
    internal static string? StripLookarounds(string pattern)
    {
        // Comments and free-spacing mode could hide or fake parentheses (class subtraction is refused where a class
        // is skipped: a hyphen before a class outside one, as in "(?:-[A-Z])", is only a hyphen).
        if (pattern.Contains('#'))
        {
            return null;
        }

        var result = new StringBuilder(pattern.Length);
        var i = 0;
        while (i < pattern.Length)
        {
            if (IsLookaroundAt(pattern, i))
            {
                var close = ClosingParenthesis(pattern, i);
                if (close < 0)
                {
                    return null;
                }

                result.Append("(?:)");
                i = close + 1;
                continue;
            }

            var next = SkipAtom(pattern, i);
            if (next < 0)
            {
                return null;
            }

            result.Append(pattern, i, next - i);
            i = next;
        }

        return result.ToString();
    }

    private static bool IsLookaroundAt(string pattern, int i) =>
        pattern.AsSpan(i).StartsWith("(?=") || pattern.AsSpan(i).StartsWith("(?!")
        || pattern.AsSpan(i).StartsWith("(?<=") || pattern.AsSpan(i).StartsWith("(?<!");

    /// <summary>The index of the parenthesis closing the group opened at <paramref name="open"/>, or -1.</summary>
    private static int ClosingParenthesis(string pattern, int open)
    {
        var depth = 0;
        var i = open;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return i;
            }

            i = SkipAtom(pattern, i);
            if (i < 0)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Past one escape, one character class or one other character; -1 when unterminated.</summary>
    private static int SkipAtom(string pattern, int i)
    {
        switch (pattern[i])
        {
            case '\\':
                return i + 1 < pattern.Length ? i + 2 : -1;
            case '[':
                var end = RegexPatternText.ClassEnd(pattern, i);
                return end < pattern.Length && !pattern.AsSpan(i, end - i).Contains("-[", StringComparison.Ordinal) ? end + 1 : -1;
            default:
                return i + 1;
        }
    }
}
