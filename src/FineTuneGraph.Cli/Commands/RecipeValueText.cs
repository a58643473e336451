using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace FineTuneGraph.Cli.Commands;

/// <summary>How a value of a recipe's result reads in a table cell or a CSV field.</summary>
internal static class RecipeValueText
{
    /// <summary>Scalars as they are (numbers invariant), a list of scalars joined by "; ", anything else (nodes, paths) as JSON.</summary>
    public static string Format(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable<object?> list when list.All(IsScalar) => string.Join("; ", list.Select(Format)),
        IEnumerable => JsonSerializer.Serialize(value),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool IsScalar(object? value) => value is null or string or bool or IFormattable;
}
