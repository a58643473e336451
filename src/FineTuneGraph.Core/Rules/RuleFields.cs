using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace FineTuneGraph.Rules;

/// <summary>
/// The fields of one mapping of a rule file (the file itself, an entity, a rule). Unknown keys are reported when it
/// is made; each reader reports a missing or ill-typed value at its key or value and returns null or the default,
/// so that loading goes on and every problem of the file is found.
/// </summary>
internal sealed class RuleFields
{
    private readonly RuleFile _file;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _fields = new(StringComparer.Ordinal);

    /// <param name="file">The file, where problems go.</param>
    /// <param name="node">The mapping.</param>
    /// <param name="kind">What the mapping is, for messages (<c>entity</c>, <c>pattern rule</c>).</param>
    /// <param name="idKey">The field naming it (<c>key</c>, <c>id</c>), for messages; null when it has none.</param>
    /// <param name="allowed">The keys it may have.</param>
    public RuleFields(RuleFile file, YamlMappingNode node, string kind, string? idKey, IReadOnlyList<string> allowed)
    {
        _file = file;
        Node = node;
        var id = idKey is not null && node.Children.TryGetValue(new YamlScalarNode(idKey), out var idNode) && idNode is YamlScalarNode { Value: { Length: > 0 } text }
            ? text
            : null;
        Where = id is not null ? $"{kind} '{RuleMessages.Shown(id)}'" : $"{("aeiou".Contains(kind[0], StringComparison.Ordinal) ? "an" : "a")} {kind}";

        foreach (var (key, value) in node.Children)
        {
            if (key is not YamlScalarNode { Value: { } name } scalar || YamlValues.IsNull(key))
            {
                file.Report(key, RuleMessages.WrongKind($"a key in {Where}", "a plain name", YamlValues.Describe(key)));
            }
            else if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                file.Report(key, RuleMessages.UnknownKey(name, Where, allowed));
            }
            else
            {
                _fields[name] = (scalar, value);
            }
        }
    }

    public YamlMappingNode Node { get; }

    /// <summary>The mapping for messages: <c>entity 'lora'</c>, <c>a pattern rule</c>.</summary>
    public string Where { get; }

    /// <summary>True when the key is there with a value other than null.</summary>
    public bool Has(string key) => _fields.TryGetValue(key, out var field) && !YamlValues.IsNull(field.Value);

    public YamlScalarNode? KeyNode(string key) => _fields.TryGetValue(key, out var field) ? field.Key : null;

    public YamlNode? ValueNode(string key) => _fields.TryGetValue(key, out var field) ? field.Value : null;

    /// <summary>A text value; a required one that is absent or empty is reported.</summary>
    public string? Text(string key, bool required = false) => TextNode(key, required)?.Value;

    /// <summary>A text value's node, for its position; a required one that is absent or empty is reported.</summary>
    public YamlScalarNode? TextNode(string key, bool required = false)
    {
        if (!_fields.TryGetValue(key, out var field))
        {
            if (required)
            {
                _file.Report(Node, RuleMessages.MissingField(key, Where));
            }

            return null;
        }

        return ReadText(field.Value, $"'{key}'", required);
    }

    public bool Bool(string key, bool fallback)
    {
        if (!Has(key))
        {
            return fallback;
        }

        var value = _fields[key].Value;
        if (value is YamlScalarNode scalar && YamlValues.TryBool(scalar, out var result))
        {
            return result;
        }

        _file.Report(value, RuleMessages.WrongKind($"'{key}'", "true or false", YamlValues.Describe(value)));
        return fallback;
    }

    /// <summary>A whole number; with <paramref name="positive"/>, greater than 0.</summary>
    public int Int(string key, int fallback, bool positive = false)
    {
        if (!Has(key))
        {
            return fallback;
        }

        var value = _fields[key].Value;
        if (value is not YamlScalarNode scalar || !YamlValues.TryInt(scalar, out var result))
        {
            _file.Report(value, RuleMessages.WrongKind($"'{key}'", "a whole number", YamlValues.Describe(value)));
            return fallback;
        }

        if (positive && result <= 0)
        {
            _file.Report(value, RuleMessages.NotPositive(key, scalar.Value!));
            return fallback;
        }

        return result;
    }

    /// <summary>One of a few words (<c>scope: text | title | abstract</c>).</summary>
    public T Choice<T>(string key, T fallback, IReadOnlyDictionary<string, T> choices)
    {
        if (!Has(key))
        {
            return fallback;
        }

        var node = ReadText(_fields[key].Value, $"'{key}'", required: false);
        if (node?.Value is not { } text)
        {
            return fallback;
        }

        if (choices.TryGetValue(text, out var result))
        {
            return result;
        }

        _file.Report(node, RuleMessages.BadChoice(key, text, [.. choices.Keys]));
        return fallback;
    }

    /// <summary>A list of texts; a null value is an empty list.</summary>
    public IReadOnlyList<YamlScalarNode> TextList(string key)
    {
        if (!Has(key))
        {
            return [];
        }

        return TextList(_fields[key].Value, key);
    }

    /// <summary>A list of texts under <paramref name="key"/>, whatever mapping holds it.</summary>
    public IReadOnlyList<YamlScalarNode> TextList(YamlNode value, string key)
    {
        if (YamlValues.IsNull(value))
        {
            return [];
        }

        if (value is not YamlSequenceNode sequence)
        {
            _file.Report(value, RuleMessages.WrongKind($"'{key}'", "a list", YamlValues.Describe(value)));
            return [];
        }

        var items = new List<YamlScalarNode>(sequence.Children.Count);
        foreach (var item in sequence.Children)
        {
            if (ReadText(item, $"an entry of '{key}'", required: true) is { } text)
            {
                items.Add(text);
            }
        }

        return items;
    }

    /// <summary>A mapping of texts to texts (<c>attributes</c>); a null value is an empty mapping.</summary>
    public IReadOnlyList<(string Name, YamlScalarNode Value)> TextMap(string key)
    {
        if (Mapping(key) is not { } mapping)
        {
            return [];
        }

        var entries = new List<(string, YamlScalarNode)>(mapping.Children.Count);
        foreach (var (name, value) in mapping.Children)
        {
            if (ReadText(name, $"a key of '{key}'", required: true) is not { Value: { } text })
            {
                continue;
            }

            if (ReadText(value, $"'{key}.{text}'", required: true) is { } scalar)
            {
                entries.Add((text, scalar));
            }
        }

        return entries;
    }

    /// <summary>A mapping value; null when absent, null, or of another kind (reported).</summary>
    public YamlMappingNode? Mapping(string key)
    {
        if (!Has(key))
        {
            return null;
        }

        var value = _fields[key].Value;
        if (value is YamlMappingNode mapping)
        {
            return mapping;
        }

        _file.Report(value, RuleMessages.WrongKind($"'{key}'", "a mapping", YamlValues.Describe(value)));
        return null;
    }

    /// <summary>A list value; null when absent, null, or of another kind (reported).</summary>
    public YamlSequenceNode? Sequence(string key)
    {
        if (!Has(key))
        {
            return null;
        }

        var value = _fields[key].Value;
        if (value is YamlSequenceNode sequence)
        {
            return sequence;
        }

        _file.Report(value, RuleMessages.WrongKind($"'{key}'", "a list", YamlValues.Describe(value)));
        return null;
    }

    /// <summary>A regex, compiled safely (<see cref="RegexSafety"/>); a refused one is reported at its value.</summary>
    public Regex? Pattern(string key, bool required = false) => TextNode(key, required) is { } node ? Compile(_file, node) : null;

    /// <summary>An entity type (<see cref="EntityTypes.All"/>, or Paper when allowed); an unknown one is reported at its value.</summary>
    public string? EntityType(string key, bool required = false, bool paperAllowed = false) =>
        TextNode(key, required) is { } node ? ReadEntityType(_file, node, paperAllowed) : null;

    public static Regex? Compile(RuleFile file, YamlScalarNode node)
    {
        if (file.Regexes.TryCompile(node.Value!, out var regex, out var refusal))
        {
            return regex;
        }

        if (refusal is { } reason)
        {
            file.Report(node, reason);
        }

        return null;
    }

    public static string? ReadEntityType(RuleFile file, YamlScalarNode node, bool paperAllowed = false)
    {
        var type = node.Value!;
        if (EntityTypes.All.Contains(type) || (paperAllowed && type == EntityTypes.Paper))
        {
            return type;
        }

        file.Report(node, RuleMessages.UnknownEntityType(type, paperAllowed));
        return null;
    }

    private YamlScalarNode? ReadText(YamlNode value, string what, bool required)
    {
        if (value is not YamlScalarNode scalar)
        {
            _file.Report(value, RuleMessages.WrongKind(what, "text", YamlValues.Describe(value)));
            return null;
        }

        if (YamlValues.IsNull(scalar) || string.IsNullOrWhiteSpace(scalar.Value))
        {
            if (required || !YamlValues.IsNull(scalar))
            {
                _file.Report(value, RuleMessages.EmptyValue(what));
            }

            return null;
        }

        return scalar;
    }
}
