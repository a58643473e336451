using System.Text.RegularExpressions;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

/// <summary>
/// For a rule regex on the linear-time engine: the same pattern on the compiled backtracking engine, with the match
/// timeout, for windows of at most <see cref="MaxWindow"/> characters (a sentence, the text around a pair). On such
/// windows the linear-time engine's fixed cost per call dominates (and filling in groups makes it simulate every state
/// at once), so the twin is faster for most rule regexes, up to several times (bench <c>regex-probe</c>; a few, such as
/// <c>dataset-apposition</c>, are slower on it: choosing per regex is not done yet). Both engines give the same matches and
/// groups (.NET's linear-time engine follows the backtracking engines' priorities), so the output does not change.
/// The time stays bounded: rule patterns have no nested unbounded quantifier (<see cref="RegexSafety"/>), so
/// backtracking is polynomial in a window this short, a short timeout stops the rest (the linear-time engine then answers),
/// and longer windows (no sentence of a real abstract; hostile texts) stay on the linear-time engine.
/// </summary>
internal static class BacktrackingTwin
{
    /// <summary>The longest window given to a twin.</summary>
    public const int MaxWindow = 2_000;

    /// <summary>
    /// A twin's match timeout. Short, unlike <see cref="RegexSafety.BacktrackingTimeout"/>: a twin that gives up loses
    /// nothing (the linear-time engine answers instead), so a rule pattern that backtracks badly costs at most this
    /// per window rather than a second.
    /// </summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(25);

    /// <summary>The twin of <paramref name="regex"/>, or null when it needs none (already backtracking).</summary>
    public static Regex? For(Regex regex)
    {
        if ((regex.Options & RegexOptions.NonBacktracking) == 0)
        {
            return null;
        }

        try
        {
            var options = (regex.Options & ~RegexOptions.NonBacktracking) | RegexOptions.CultureInvariant | RegexOptions.Compiled;
            return new Regex(regex.ToString(), options, Timeout);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
