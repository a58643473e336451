using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FineTuneGraph.Rules;

/// <summary>How rule files read YAML scalars: YAML 1.2 core schema nulls, booleans and integers (unquoted only).</summary>
internal static class YamlValues
{
    private const int ShownLength = 40;

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public static bool TryBool(YamlScalarNode node, out bool value)
    {
        value = node.Value is "true" or "True" or "TRUE";
        return IsPlain(node) && (value || node.Value is "false" or "False" or "FALSE");
    }

    public static bool TryInt(YamlScalarNode node, out int value)
    {
        value = 0;
        return IsPlain(node) && int.TryParse(node.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A short description of a value for messages: <c>a list</c>, <c>a mapping</c>, <c>nothing</c>, <c>'text'</c>.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        _ when IsNull(node) => "nothing",
        YamlScalarNode { Value: { } text } => $"'{(text.Length > ShownLength ? string.Concat(text.AsSpan(0, ShownLength), "…") : text)}'",
        _ => "an alias",
    };

    private static bool IsPlain(YamlScalarNode node) => node.Style is ScalarStyle.Plain or ScalarStyle.Any;
}
