using YamlDotNet.RepresentationModel;

namespace FineTuneGraph.Rules;

public sealed partial class RulePackLoader
{
    private static readonly string[] FindingKeys = ["id", "cue", "up", "down", "negation", "hedge", "comparator", "background", "data_after", TriggersKey, TriggersAlsoKey];

    private void ReadFinding(RuleFile file, YamlMappingNode node)
    {
        var fields = new RuleFields(file, node, "finding rule", "id", FindingKeys);
        var id = RegisterRuleId(file, fields);
        var cue = fields.Pattern("cue", required: true);
        var optional = new[] { "up", "down", "negation", "hedge", "comparator", "background", "data_after" }.Select(key => (Set: fields.Has(key), Regex: fields.Pattern(key))).ToArray();

        if (id is not null && cue is not null && optional.All(o => o.Regex is not null || !o.Set))
        {
            _findings.Add(new FindingRule(id, cue, optional[0].Regex, optional[1].Regex, optional[2].Regex, optional[3].Regex, file.Source(node)) { Comparator = optional[4].Regex, Background = optional[5].Regex, DataAfter = optional[6].Regex, Triggers = ReadTriggers(file, fields, TriggersKey), TriggersAlso = ReadTriggersAlso(file, fields) });
        }
    }
}
