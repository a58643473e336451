using FineTuneGraph.Graph;
using YamlDotNet.RepresentationModel;

namespace FineTuneGraph.Rules;

public sealed partial class RulePackLoader
{
    private const int DefaultMaxGap = 200;

    private static readonly string[] RelationKeys = ["id", "type", "from", "to", "cue", "between", "order", "max_gap", "anaphora", "not_from", "yields_to", "studied", "blocked_by", "target_anaphora", "background"];

    private static readonly Dictionary<string, RelationOrder> Orders = new(StringComparer.Ordinal)
    {
        ["any"] = RelationOrder.Any,
        ["from_first"] = RelationOrder.FromFirst,
        ["to_first"] = RelationOrder.ToFirst,
    };

    private void ReadRelation(RuleFile file, YamlMappingNode node)
    {
        var fields = new RuleFields(file, node, "relation rule", "id", RelationKeys);
        var id = RegisterRuleId(file, fields);
        var type = fields.TextNode("type", required: true);
        if (type is not null && !EntityTypes.IsValidGraphName(type.Value!))
        {
            file.Report(type, RuleMessages.InvalidRelationshipType(type.Value!));
            type = null;
        }

        var fromNode = fields.TextNode("from", required: true);
        var from = fromNode is null ? null : RuleFields.ReadEntityType(file, fromNode, paperAllowed: true);
        var to = fields.EntityType("to", required: true);
        if (type is not null && from is not null && to is not null && !IsStatedInTheGraphModel(file, type, fromNode!, fields.ValueNode("to")!))
        {
            type = null;
        }

        var fromPaper = fromNode?.Value == EntityTypes.Paper;
        if (!fromPaper && !fields.Has("cue"))
        {
            file.Report(fields.KeyNode("cue") ?? (YamlNode)node, RuleMessages.MissingCue(fields.Where));
        }

        var cue = fields.Pattern("cue");
        var cueValid = cue is not null || (fromPaper && !fields.Has("cue"));
        var between = fields.Bool("between", true);
        var order = fields.Choice("order", RelationOrder.Any, Orders);
        var maxGap = fields.Int("max_gap", DefaultMaxGap, positive: true);
        var anaphora = fields.Pattern("anaphora");
        var anaphoraValid = anaphora is not null || !fields.Has("anaphora");
        var notFrom = fields.Pattern("not_from");
        var notFromValid = notFrom is not null || !fields.Has("not_from");
        var studied = fields.Pattern("studied");
        var studiedValid = studied is not null || !fields.Has("studied");
        var blockedBy = fields.Pattern("blocked_by");
        var blockedByValid = blockedBy is not null || !fields.Has("blocked_by");
        var targetAnaphora = fields.Pattern("target_anaphora");
        var targetAnaphoraValid = targetAnaphora is not null || !fields.Has("target_anaphora");
        var background = fields.Pattern("background");
        var backgroundValid = background is not null || !fields.Has("background");
        var yieldsTo = new List<string>();
        var yieldsToValid = true;
        foreach (var yielded in fields.TextList("yields_to"))
        {
            if (GraphVocabulary.StatedRelations.Any(r => r.Type == yielded.Value))
            {
                yieldsTo.Add(yielded.Value!);
            }
            else
            {
                file.Report(yielded, RuleMessages.UnknownRelationshipType(yielded.Value ?? "", GraphVocabulary.StatedRelations));
                yieldsToValid = false;
            }
        }

        if (id is not null && type is not null && from is not null && to is not null && cueValid && anaphoraValid && notFromValid && yieldsToValid && studiedValid && blockedByValid && targetAnaphoraValid && backgroundValid)
        {
            _relations.Add(new RelationRule(id, type.Value!, from, to, cue, between, order, maxGap, anaphora, file.Source(node),
                notFrom, yieldsTo.Count == 0 ? null : yieldsTo, studied, blockedBy, targetAnaphora, background));
        }
    }

    /// <summary>
    /// A relation rule must state a relationship the graph model has, between the labels it has at its ends
    /// (<see cref="GraphVocabulary.StatedRelations"/>); any other would load and silently reach nothing.
    /// </summary>
    private static bool IsStatedInTheGraphModel(RuleFile file, YamlScalarNode type, YamlScalarNode from, YamlNode to)
    {
        var stated = GraphVocabulary.StatedRelations;
        var name = type.Value!;
        if (!stated.Any(r => r.Type == name))
        {
            file.Report(type, RuleMessages.UnknownRelationshipType(name, stated));
            return false;
        }

        var (_, expectedFrom, expectedTo) = stated.First(r => r.Type == name);
        if (from.Value == expectedFrom && ((YamlScalarNode)to).Value == expectedTo)
        {
            return true;
        }

        file.Report(from.Value != expectedFrom ? from : to, RuleMessages.RelationEndsMismatch(name, from.Value!, ((YamlScalarNode)to).Value!, expectedFrom, expectedTo));
        return false;
    }
}
