using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FineTuneGraph.Rules;

public sealed partial class RulePackLoader
{
    private const string BasePlaceholder = "base";
    private const string MatchPlaceholder = "match";

    private static readonly string[] PatternKeys = ["id", "type", "after", "before", "regex", "name", "attributes", "priority", "scope", TriggersKey, TriggersAlsoKey];

    private static readonly Dictionary<string, RuleScope> Scopes = new(StringComparer.Ordinal)
    {
        ["text"] = RuleScope.Text,
        ["title"] = RuleScope.Title,
        ["abstract"] = RuleScope.Abstract,
    };

    private void ReadPattern(RuleFile file, YamlMappingNode node)
    {
        _entityEntries++;
        var fields = new RuleFields(file, node, "pattern rule", "id", PatternKeys);
        var id = RegisterRuleId(file, fields);
        var type = fields.EntityType("type", required: true);
        var after = fields.EntityType("after");
        var before = fields.EntityType("before");
        var hasAfter = fields.Has("after") || fields.Has("before");
        var regex = fields.Pattern("regex", required: true);
        var name = fields.TextNode("name", required: true);
        var attributes = fields.TextMap("attributes");
        var priority = fields.Int("priority", 0);
        var scope = fields.Choice("scope", RuleScope.Text, Scopes);

        if (regex is not null)
        {
            foreach (var template in attributes.Select(a => a.Value).Prepend(name).OfType<YamlScalarNode>())
            {
                CheckTemplate(file, template, regex, hasAfter);
            }
        }

        if (fields.Has("after") && fields.Has("before"))
        {
            file.Report(fields.KeyNode("before")!, RuleMessages.WrongKind("'before'", "absent when 'after' is set (a pattern extends one side)", "both"));
        }

        if (id is not null && type is not null && regex is not null && name is not null && (after is not null || before is not null || !hasAfter))
        {
            _patterns.Add(new PatternRule(id, type, regex, after ?? before, name.Value!, attributes.ToDictionary(a => a.Name, a => a.Value.Value!, StringComparer.Ordinal),
                priority, scope, file.Source(node)) { Triggers = ReadTriggers(file, fields, TriggersKey), TriggersAlso = ReadTriggersAlso(file, fields), Before = before is not null });
        }
    }

    /// <summary>Every <c>{placeholder}</c> of a template must be a group of the regex, <c>{match}</c>, or <c>{base}</c> with <c>after</c>.</summary>
    private static void CheckTemplate(RuleFile file, YamlScalarNode template, Regex regex, bool hasAfter)
    {
        var groups = regex.GetGroupNames();
        foreach (Match placeholder in Placeholder().Matches(template.Value!))
        {
            var name = placeholder.Groups[1].Value;
            if (name == MatchPlaceholder || (name == BasePlaceholder && hasAfter) || groups.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            file.Report(template, name == BasePlaceholder && !groups.Contains(name, StringComparer.Ordinal)
                ? RuleMessages.BaseWithoutAfter()
                : RuleMessages.UnknownTemplateGroup(name, [.. groups.Where(g => !int.TryParse(g, out _)), MatchPlaceholder, .. hasAfter ? [BasePlaceholder] : Array.Empty<string>()]));
        }
    }

    [GeneratedRegex(@"\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
