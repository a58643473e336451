using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FineTuneGraph.Rules;

public sealed partial class RulePackLoader
{
    private static readonly string[] EntityKeys = ["key", "type", "name", "aliases", "attributes", "case_sensitive", "exclude"];

    private static readonly Dictionary<string, CaseMode> CaseModes = new(StringComparer.Ordinal)
    {
        ["true"] = CaseMode.Sensitive,
        ["false"] = CaseMode.Insensitive,
        ["auto"] = CaseMode.Auto,
    };

    /// <summary>The file-level <c>type</c>: absent, present but invalid (already reported), or an entity type.</summary>
    private static FileType ReadFileType(RuleFields fields) => new(fields.Has("type"), fields.EntityType("type"));

    private void ReadEntity(RuleFile file, YamlMappingNode node, FileType fileType)
    {
        _entityEntries++;
        var fields = new RuleFields(file, node, "entity", "key", EntityKeys);
        var key = RegisterEntityKey(file, fields);

        string? type;
        if (fields.Has("type"))
        {
            type = fields.EntityType("type");
        }
        else
        {
            type = fileType.Type;
            if (!fileType.Present)
            {
                file.Report(node, RuleMessages.MissingEntityType(fields.Where));
            }
        }

        var nameNode = fields.TextNode("name", required: true);
        var aliasNodes = fields.TextList("aliases");
        var mode = fields.Choice("case_sensitive", CaseMode.Auto, CaseModes);
        var attributes = fields.TextMap("attributes").ToDictionary(a => a.Name, a => a.Value.Value!, StringComparer.Ordinal);
        var exclude = new List<Regex>();
        foreach (var pattern in fields.TextList("exclude"))
        {
            if (RuleFields.Compile(file, pattern) is { } regex)
            {
                exclude.Add(regex);
            }
        }

        if (key is null || nameNode is null)
        {
            return;
        }

        foreach (var alias in aliasNodes.Prepend(nameNode))
        {
            ClaimAlias(file, key, alias, mode);
        }

        if (type is not null)
        {
            // An alias listed twice is redundant, not wrong: it is kept once.
            _entities.Add(new EntityRule(key, type, nameNode.Value!, aliasNodes.Select(a => a.Value!).Distinct(StringComparer.Ordinal).ToArray(), mode, attributes, exclude, file.Source(node)));
        }
    }

    private string? RegisterEntityKey(RuleFile file, RuleFields fields)
    {
        if (fields.TextNode("key", required: true) is not { Value: { } key } node)
        {
            return null;
        }

        if (!IsIdentifier(key))
        {
            file.Report(node, RuleMessages.BadKey(key));
            return null;
        }

        if (_entityKeys.TryGetValue(key, out var first))
        {
            file.Report(node, RuleMessages.DuplicateEntityKey(key, first));
            return null;
        }

        _entityKeys.Add(key, file.Source(node));
        return key;
    }

    /// <summary>
    /// Claims an alias (or name) for an entity. Two aliases collide when they match the same text: the same
    /// lower-cased tokens, unless both match only as written, which then must be the same tokens exactly.
    /// </summary>
    private void ClaimAlias(RuleFile file, string key, YamlScalarNode node, CaseMode mode)
    {
        var alias = node.Value!;
        var words = AliasForm.Words(alias);
        if (words.Count == 0)
        {
            file.Report(node, RuleMessages.AliasWithoutWords(alias));
            return;
        }

        var tokens = string.Join(' ', words);
        var claim = new AliasClaim(key, alias, tokens, AliasForm.IsCaseSensitive(mode, words), file.Source(node), _claimCount++);
        var folded = tokens.ToLowerInvariant();
        if (!_aliases.TryGetValue(folded, out var group))
        {
            _aliases.Add(folded, new AliasClaimGroup(claim));
            return;
        }

        if (group.ConflictOf(claim) is { } other)
        {
            file.Report(node, RuleMessages.AliasClaimedTwice(alias, key, other.Alias, other.Key, other.Source));
            return;
        }

        group.Add(claim);
    }

    private readonly record struct FileType(bool Present, string? Type);
}
