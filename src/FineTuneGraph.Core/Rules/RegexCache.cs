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
    private static readonly FrozenSet<string> RegexKeys = new[] { "regex", "cue", "up", "down", "negation", "hedge", "anaphora", "exclude" }.ToFrozenSet(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, (Regex? Regex, RuleMessage Refusal)> _compiled = new(StringComparer.Ordinal);

    /// <summary>Compiles, in parallel, the value of every regex key in the documents.</summary>
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
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        Parallel.ForEach(patterns, pattern => _compiled.TryAdd(pattern, Compile(pattern)));
    }

    public bool TryCompile(string pattern, [NotNullWhen(true)] out Regex? regex, out RuleMessage refusal)
    {
        (regex, refusal) = _compiled.GetOrAdd(pattern, Compile);
        return regex is not null;
    }

    private static (Regex?, RuleMessage) Compile(string pattern) =>
        RegexSafety.TryCompile(pattern, out var regex, out var refusal) ? (regex, default) : (null, refusal);
}
