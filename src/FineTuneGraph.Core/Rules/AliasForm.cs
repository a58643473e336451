using System.Globalization;
using System.Text;

namespace FineTuneGraph.Rules;

/// <summary>
/// What an alias matches, as docs/rules.md defines it: words, not characters. Tokens are maximal runs of letters
/// and digits, and single other symbols; spaces, hyphens and dashes only separate them. Two aliases that reduce to
/// the same tokens match the same text.
/// </summary>
public static class AliasForm
{
    /// <summary>True when the alias matches only as written: always, never, or (auto) when it has two or more capitals.</summary>
    public static bool IsCaseSensitive(CaseMode mode, string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        return mode switch
        {
            CaseMode.Sensitive => true,
            CaseMode.Insensitive => false,
            _ => alias.Count(char.IsUpper) >= 2,
        };
    }

    /// <summary>The alias's tokens joined by single spaces (<c>Fine–Tuning</c> → <c>Fine Tuning</c>); empty when it has none.</summary>
    public static string Tokens(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        var form = new StringBuilder(alias.Length);
        var i = 0;
        while (i < alias.Length)
        {
            var c = alias[i];
            if (IsSeparator(c))
            {
                i++;
                continue;
            }

            if (form.Length > 0)
            {
                form.Append(' ');
            }

            if (!char.IsLetterOrDigit(c))
            {
                form.Append(c);
                i++;
                continue;
            }

            while (i < alias.Length && (char.IsLetterOrDigit(alias[i]) || char.GetUnicodeCategory(alias[i]) == UnicodeCategory.NonSpacingMark))
            {
                form.Append(alias[i]);
                i++;
            }
        }

        return form.ToString();
    }

    private static bool IsSeparator(char c) => char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == UnicodeCategory.DashPunctuation;
}
