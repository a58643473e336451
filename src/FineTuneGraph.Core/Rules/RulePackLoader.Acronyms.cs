using YamlDotNet.RepresentationModel;

namespace FineTuneGraph.Rules;

public sealed partial class RulePackLoader
{
    private static readonly string[] AcronymKeys = ["enabled", "heads"];

    private void ReadAcronyms(RuleFile file, RuleFields fileFields)
    {
        if (fileFields.KeyNode("acronyms") is not { } key)
        {
            return;
        }

        if (_acronymsSource is { } first)
        {
            file.Report(key, RuleMessages.AcronymsTwice(first));
            return;
        }

        _acronymsSource = file.Source(key);
        if (fileFields.Mapping("acronyms") is not { } node)
        {
            return;
        }

        var fields = new RuleFields(file, node, "acronyms section", null, AcronymKeys);
        var enabled = fields.Bool("enabled", true);
        var heads = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (typeNode, words) in fields.Mapping("heads")?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (typeNode is not YamlScalarNode { Value.Length: > 0 } scalar)
            {
                file.Report(typeNode, RuleMessages.WrongKind("a key of 'heads'", "an entity type", YamlValues.Describe(typeNode)));
                continue;
            }

            var list = fields.TextList(words, $"heads.{scalar.Value}");
            if (RuleFields.ReadEntityType(file, scalar) is { } type)
            {
                heads[type] = list.Select(w => w.Value!).ToArray();
            }
        }

        _acronyms = new AcronymSettings(enabled, heads);
    }
}
