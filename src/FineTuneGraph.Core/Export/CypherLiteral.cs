using System.Collections;
using System.Globalization;
using System.Text;

namespace FineTuneGraph.Export;

/// <summary>
/// Cypher literals for the exported script, where values cannot travel as parameters: strings single-quoted with
/// every quote, backslash and control character escaped; map keys in backticks.
/// </summary>
public static class CypherLiteral
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        long or int => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => Double(d),
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => Name(p.Key) + ": " + Of(p.Value))) + "}",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Of)) + "]",
        _ => throw new ArgumentException($"No Cypher literal for a {value.GetType().Name}.", nameof(value)),
    };

    /// <summary>A property or map key, in backticks (a backtick inside is doubled).</summary>
    public static string Name(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    private static string Double(double d) =>
        !double.IsFinite(d) ? throw new ArgumentException($"{d} has no Cypher literal.", nameof(d))
        : d == Math.Floor(d) && Math.Abs(d) < 1e15 ? d.ToString("0.0", CultureInfo.InvariantCulture)
        : d.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string s)
    {
        var builder = new StringBuilder(s.Length + 2).Append('\'');
        foreach (var c in s)
        {
            switch (c)
            {
                case '\'': builder.Append("\\'"); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case < ' ': builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.Append('\'').ToString();
    }
}
