using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FineTuneGraph.Rules;

public sealed partial class RulePackLoader
{
    private const string TargetGroup = "target";

    private static readonly string[] ContextKeys = ["id", "scope", "regex", "target_types", "create", "require", "proposed", "list", "overrides", "overrides_local_only", TriggersKey, TriggersAlsoKey];

    private static readonly Dictionary<string, CreateCondition> CreateConditions = new(StringComparer.Ordinal)
    {
        ["any"] = CreateCondition.Any,
        ["coined"] = CreateCondition.Coined,
        ["coined_or_repeated"] = CreateCondition.CoinedOrRepeated,
    };

    private void ReadContext(RuleFile file, YamlMappingNode node)
    {
        var fields = new RuleFields(file, node, "context rule", "id", ContextKeys);
        var id = RegisterRuleId(file, fields);
        var scope = fields.Choice("scope", RuleScope.Text, Scopes);
        var regex = fields.Pattern("regex", required: true);
        if (regex is not null && regex.GroupNumberFromName(TargetGroup) < 0)
        {
            file.Report(fields.ValueNode("regex")!, RuleMessages.MissingTargetGroup());
            regex = null;
        }

        var targetTypes = new List<string>();
        var typesValid = true;
        foreach (var typeNode in fields.TextList("target_types"))
        {
            if (RuleFields.ReadEntityType(file, typeNode) is { } type)
            {
                targetTypes.Add(type);
            }
            else
            {
                typesValid = false;
            }
        }

        var create = fields.EntityType("create");
        var createValid = create is not null || !fields.Has("create");
        var require = fields.Choice("require", CreateCondition.Any, CreateConditions);
        var proposed = fields.Bool("proposed", false);
        var list = fields.Bool("list", false);
        var overrides = new List<string>();
        foreach (var typeNode in fields.TextList("overrides"))
        {
            if (RuleFields.ReadEntityType(file, typeNode) is { } type)
            {
                overrides.Add(type);
            }
            else
            {
                typesValid = false;
            }
        }

        var localOnly = fields.Bool("overrides_local_only", false);
        if (overrides.Count > 0 && create is null)
        {
            file.Report(fields.KeyNode("overrides")!, RuleMessages.OverridesWithoutCreate(id ?? ""));
            createValid = false;
        }

        if (id is not null && regex is not null && typesValid && createValid)
        {
            _contexts.Add(new ContextRule(id, regex, scope, targetTypes, create, require, proposed, file.Source(node)) { List = list, Overrides = overrides, OverridesLocalOnly = localOnly, Triggers = ReadTriggers(file, fields, TriggersKey), TriggersAlso = ReadTriggersAlso(file, fields) });
        }
    }
}
