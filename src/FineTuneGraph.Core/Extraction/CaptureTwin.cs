using System.Text.RegularExpressions;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

/// <summary>
/// For a rule regex on the linear-time engine that has groups: the same pattern on the backtracking engine, with the
/// match timeout. The linear-time engine finds whether a window matches quickly, but filling in groups makes it
/// simulate every state at once, an order of magnitude slower than the rest of the match; the backtracking engine
/// fills them in quickly once a match is known to exist. Both engines give the same matches and groups (.NET's
/// linear-time engine follows the backtracking engines' priorities), so the output does not change. Run only on
/// windows that match and are at most <see cref="MaxWindow"/> characters long, where the time is bounded: rule
/// patterns have no nested unbounded quantifier (<see cref="RegexSafety"/>), so backtracking is polynomial in the
/// window, and the timeout stops the rest.
/// </summary>
internal static class CaptureTwin
{
    /// <summary>Longer windows (no sentence of a real abstract) stay on the linear-time engine throughout.</summary>
    public const int MaxWindow = 2_000;

    /// <summary>The twin of <paramref name="regex"/>, or null when it needs none (no groups, or already backtracking).</summary>
    public static Regex? For(Regex regex)
    {
        if ((regex.Options & RegexOptions.NonBacktracking) == 0 || regex.GetGroupNumbers().Length < 2)
        {
            return null;
        }

        try
        {
            return new Regex(regex.ToString(), (regex.Options & ~RegexOptions.NonBacktracking) | RegexOptions.CultureInvariant, RegexSafety.BacktrackingTimeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
