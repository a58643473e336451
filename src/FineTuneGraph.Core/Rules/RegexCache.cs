using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FineTuneGraph.Rules;

/// <summary>
/// The regexes of one pack load, compiled once each. Building a regex for the linear-time engine costs
/// milliseconds (it derives the pattern's character sets), so the regexes of all files are compiled in parallel
/// before the rules are checked one by one.
/// </summary>
internal sealed class RegexCache
{
    private static readonly FrozenSet<string> RegexKeys = new[] { "regex", "cue", "up", "down", "negation", "hedge", "comparator", "background", "anaphora", "exclude" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, (Regex? Regex, RuleMessage? Refusal)> _compiled = new(StringComparer.Ordinal);

    /// <summary>
    /// Compiles, in parallel, the value of every regex key in the documents, in document order up to the pack's
    /// limits (<see cref="RuleLimits.MaxRegexes"/>, <see cref="RuleLimits.MaxRegexCharacters"/>): the regex that
    /// passes one is refused with the reason, and the ones after it are refused without one.
    /// </summary>
    public void Prepare(IEnumerable<YamlNode> roots)
    {
        var patterns = roots
            .SelectMany(root => root.AllNodes.OfType<YamlMappingNode>())
            .SelectMany(mapping => mapping.Children)
            .Where(field => field.Key is YamlScalarNode { Value: { } key } && RegexKeys.Contains(key))
            .SelectMany(field => field.Value is YamlSequenceNode list ? list.Children : [field.Value])
            .OfType<YamlScalarNode>()
            .Select(value => value.Value)
            .OfType<string>()
            .Where(pattern => pattern.Length > 0)
            .Distinct(StringComparer.Ordinal);
        var within = new List<string>();
        var characters = 0L;
        var passed = false;
        foreach (var pattern in patterns)
        {
            if (pattern.Length > RuleLimits.MaxRegexLength)
            {
                continue; // refused for its length, at no cost
            }

            characters += pattern.Length;
            if (within.Count == RuleLimits.MaxRegexes || characters > RuleLimits.MaxRegexCharacters)
            {
                _compiled.TryAdd(pattern, (null, passed ? null : RuleMessages.TooManyRegexes()));
                passed = true;
                continue;
            }

            within.Add(pattern);
        }

        Parallel.ForEach(within, pattern => _compiled.TryAdd(pattern, Compile(pattern)));
    }

    /// <summary>The regex, or why not: a refusal to report, or none for a regex past the pack's limits after the one reported.</summary>
    public bool TryCompile(string pattern, [NotNullWhen(true)] out Regex? regex, out RuleMessage? refusal)
    {
        (regex, refusal) = _compiled.GetOrAdd(pattern, Compile);
        return regex is not null;
    }

    private static (Regex?, RuleMessage?) Compile(string pattern) =>
        RegexSafety.TryCompile(pattern, out var regex, out var refusal) ? (regex, null) : (null, refusal);
}
