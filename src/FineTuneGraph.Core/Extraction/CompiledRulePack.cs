using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

/// <summary>
/// A rule pack ready to run: every dictionary alias in one <see cref="TermMatcher"/>, patterns grouped by how they
/// apply, and the other rules as loaded. Built once; extraction with it is thread-safe.
/// </summary>
public sealed class CompiledRulePack
{
    private CompiledRulePack(RulePack pack, TermMatcher terms, TriggerIndex triggers)
    {
        Pack = pack;
        Terms = terms;
        DictionaryRuleIds = pack.Entities.Select(e => "dict:" + e.Key).ToArray();
        Triggers = triggers;
        Standalone = pack.Patterns.Where(p => p.After is null).ToArray();
        Extensions = pack.Patterns.Where(p => p.After is not null).GroupBy(p => p.After!).ToDictionary(g => g.Key, g => (IReadOnlyList<PatternRule>)g.ToArray(), StringComparer.Ordinal);
        var relationRegexes = pack.Relations.SelectMany(r => (Regex?[])[r.Cue, r.BlockedBy]).OfType<Regex>();
        foreach (var regex in pack.Patterns.Select(p => p.Regex).Concat(pack.Contexts.Select(c => c.Regex)).Concat(pack.Entities.SelectMany(e => e.Exclude)).Concat(relationRegexes))
        {
            if (!_filters.ContainsKey(regex) && LookaroundFreeFilter.For(regex) is { } filter)
            {
                _filters[regex] = filter;
            }

            if (!_required.ContainsKey(regex) && RequiredCharacters.Of(regex) is { Length: > 0 } required)
            {
                _required[regex] = required;
            }
        }

        HeadTypes = pack.Acronyms.Heads
            .SelectMany(h => h.Value.Select(word => (Word: word.ToLowerInvariant(), Type: h.Key)))
            .GroupBy(h => h.Word)
            .ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
    }

    private readonly Dictionary<Regex, Regex> _filters = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Regex, char[]> _required = new(ReferenceEqualityComparer.Instance);
    // Made on first use: a compiled regex costs a millisecond or two to build, and many are never needed.
    private readonly ConcurrentDictionary<Regex, Regex?> _twins = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// False when <paramref name="regex"/> surely has no match in the window (a character it needs is missing, or its
    /// <see cref="LookaroundFreeFilter"/> found none); true when it may, and must be run.
    /// </summary>
    internal bool MayMatch(Regex regex, string text, int start, int length)
    {
        var window = text.AsSpan(start, length);
        if (_required.TryGetValue(regex, out var required))
        {
            foreach (var c in required)
            {
                if (!window.Contains(c))
                {
                    return false;
                }
            }
        }

        return !_filters.TryGetValue(regex, out var filter) || filter.IsMatch(window);
    }

    /// <summary>Whether a rule regex matches in the window: <see cref="MayMatch"/> first, then its twin or itself.</summary>
    internal bool IsMatch(Regex regex, string text, int start, int length)
    {
        if (!MayMatch(regex, text, start, length))
        {
            return false;
        }

        if (Twin(regex, length) is { } twin)
        {
            try
            {
                return twin.IsMatch(text.AsSpan(start, length));
            }
            catch (RegexMatchTimeoutException)
            {
                // The linear-time engine answers below.
            }
        }

        return regex.IsMatch(text.AsSpan(start, length));
    }

    /// <summary>The first match of a rule regex in the window, its groups filled in, or <see cref="Match.Empty"/>.</summary>
    internal Match FirstMatch(Regex regex, string text, int start, int length)
    {
        if (!MayMatch(regex, text, start, length))
        {
            return Match.Empty;
        }

        if (Twin(regex, length) is { } twin)
        {
            try
            {
                return twin.Match(text, start, length);
            }
            catch (RegexMatchTimeoutException)
            {
                // The linear-time engine answers below.
            }
        }

        return regex.Match(text, start, length);
    }

    /// <summary>The match after <paramref name="match"/>, one of <see cref="FirstMatch"/>'s in the same window.</summary>
    internal static Match NextMatch(Match match, Regex regex, string text, int start, int length)
    {
        try
        {
            return match.NextMatch();
        }
        catch (RegexMatchTimeoutException)
        {
            // The twin gave up; the linear-time engine goes on from the same place.
            var next = regex.Match(text, start, length);
            while (next.Success && next.Index <= match.Index)
            {
                next = next.NextMatch();
            }

            return next;
        }
    }

    private Regex? Twin(Regex regex, int length) =>
        length <= BacktrackingTwin.MaxWindow && (regex.Options & RegexOptions.NonBacktracking) != 0
            ? _twins.GetOrAdd(regex, BacktrackingTwin.For)
            : null;

    /// <summary>The rules as loaded.</summary>
    public RulePack Pack { get; }

    /// <summary>Identifies the rules: a changed pack means papers must be extracted again.</summary>
    public string Hash => Pack.Hash;

    /// <summary>Dictionary entities, indexed by <see cref="TermMatcher.Entry.Entity"/>.</summary>
    public IReadOnlyList<EntityRule> Entities => Pack.Entities;

    /// <summary>The rule id of each dictionary entity (<c>dict:KEY</c>), by entity index.</summary>
    public IReadOnlyList<string> DictionaryRuleIds { get; }

    /// <summary>Which sentences each regex rule with trigger words needs to look at.</summary>
    public TriggerIndex Triggers { get; }

    /// <summary>All aliases of all dictionary entities.</summary>
    public TermMatcher Terms { get; }

    /// <summary>Patterns that find entities on their own.</summary>
    public IReadOnlyList<PatternRule> Standalone { get; }

    /// <summary>Patterns that extend an entity of a type, by that type.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PatternRule>> Extensions { get; }

    /// <summary>Acronym long-form head word (lower case) → entity type.</summary>
    public IReadOnlyDictionary<string, string> HeadTypes { get; }

    /// <summary>Compiles a loaded pack.</summary>
    public static CompiledRulePack Compile(RulePack pack)
    {
        var terms = new TermMatcher();
        for (var i = 0; i < pack.Entities.Count; i++)
        {
            var entity = pack.Entities[i];
            foreach (var alias in entity.Aliases.Prepend(entity.Name).Distinct(StringComparer.Ordinal))
            {
                terms.Add(alias, i, entity.Case);
            }
        }

        // Generic terms get negative entity numbers: they match like aliases but are never entities.
        for (var i = 0; i < pack.Generic.Count; i++)
        {
            terms.Add(pack.Generic[i].Phrase, -(i + 1), CaseMode.Auto);
        }

        // Trigger words join the dictionary's word table, so they must be added before it is frozen.
        var triggers = new TriggerIndex(terms.Words);
        foreach (var rule in pack.Patterns)
        {
            triggers.Add(rule, rule.Triggers, rule.TriggersAlso, LeadingWords.Of(rule.Regex));
        }

        foreach (var rule in pack.Contexts)
        {
            triggers.Add(rule, rule.Triggers, rule.TriggersAlso, LeadingWords.Of(rule.Regex));
        }

        foreach (var rule in pack.Findings)
        {
            triggers.Add(rule, rule.Triggers, rule.TriggersAlso, LeadingWords.Of(rule.Cue));
        }

        triggers.Freeze();
        terms.Freeze();
        return new CompiledRulePack(pack, terms, triggers);
    }
}
