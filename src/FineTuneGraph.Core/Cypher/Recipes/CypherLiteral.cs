using System.Globalization;
using System.Text;

namespace FineTuneGraph.Cypher.Recipes;

/// <summary>Writes a parameter value as a Cypher literal, for a statement to paste into Neo4j Browser.</summary>
public static class CypherLiteral
{
    /// <summary>The literal of a string, integer, float or boolean value.</summary>
    public static string Format(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        long i => i.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => FormatFloat(d),
        _ => throw new ArgumentException($"No Cypher literal for a value of type {value.GetType().Name}.", nameof(value)),
    };

    private static string FormatFloat(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <summary>A single-quoted string with backslashes, quotes and control characters escaped.</summary>
    private static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '\'' => builder.Append(@"\'"),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                '\t' => builder.Append(@"\t"),
                _ when char.IsControl(c) => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('\'').ToString();
    }
}
