using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace FineTuneGraph.Rules;

/// <summary>
/// Compiles the regexes of rule packs so that none of them can hang extraction: on .NET's linear-time engine when
/// it accepts the pattern, else with a match timeout; and a pattern with a nested unbounded quantifier is refused
/// outright, because it backtracks catastrophically on any backtracking engine.
/// </summary>
public static partial class RegexSafety
{
    /// <summary>
    /// The match timeout of regexes that need the backtracking engine (look-arounds, back-references). Real abstracts
    /// match in microseconds; 100 ms was reached by a GC pause on a loaded machine, which dropped a real paper's
    /// entities, so the bound is for runaway matches only.
    /// </summary>
    public static readonly TimeSpan BacktrackingTimeout = TimeSpan.FromSeconds(1);

    // NonBacktracking honours inline options, so a leading (?i) needs no special handling.
    private const RegexOptions Linear = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;
    // Compiled: on the default pack's backtracking regexes 3 to 11 times faster than interpreted (bench regex-probe),
    // for a cost paid once when the pack loads.
    private const RegexOptions Backtracking = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>Compiles a rule regex.</summary>
    /// <exception cref="ArgumentException">The pattern does not compile, or has a nested unbounded quantifier.</exception>
    public static Regex Compile(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return TryCompile(pattern, out var regex, out var refusal) ? regex : throw new ArgumentException(refusal.Text, nameof(pattern));
    }

    /// <summary>The compiler's message with the pattern in it shortened, so a long pattern does not bury the reason.</summary>
    private static string Describe(ArgumentException ex, string pattern) =>
        ex.Message.Replace($"'{pattern}'", $"'{RuleMessages.Shown(pattern)}'", StringComparison.Ordinal);

    /// <summary>Compiles a rule regex, or says why it is refused.</summary>
    internal static bool TryCompile(string pattern, [NotNullWhen(true)] out Regex? regex, out RuleMessage refusal)
    {
        regex = null;
        refusal = default;
        if (pattern.Length > RuleLimits.MaxRegexLength)
        {
            refusal = RuleMessages.RegexTooLong(pattern.Length);
            return false;
        }

        if (FindNestedUnboundedQuantifier(pattern) is { } fragment)
        {
            refusal = RuleMessages.CatastrophicRegex(fragment);
            return false;
        }

        if (FindAmbiguousRepetition(pattern) is { } ambiguous)
        {
            refusal = ambiguous.Refusal;
            return false;
        }

        try
        {
            regex = new Regex(pattern, Linear);
            return true;
        }
        catch (NotSupportedException)
        {
            // Look-arounds, back-references, atomic groups and the like: the backtracking engine, with a timeout.
        }
        catch (ArgumentException ex)
        {
            refusal = RuleMessages.BadRegex(Describe(ex, pattern));
            return false;
        }

        try
        {
            regex = new Regex(pattern, Backtracking, BacktrackingTimeout);
            return true;
        }
        catch (ArgumentException ex)
        {
            refusal = RuleMessages.BadRegex(Describe(ex, pattern));
            return false;
        }
    }
}
