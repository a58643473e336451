using System.Globalization;

namespace FineTuneGraph.Cypher.Recipes;

/// <summary>One parameter of a recipe, declared as <c>// @param name: type = default</c>.</summary>
/// <param name="Name">The name used as <c>$name</c> in the recipe.</param>
/// <param name="Type">The type its values must have.</param>
/// <param name="Default">The default value: <see cref="long"/>, <see cref="string"/>, <see cref="double"/> or <see cref="bool"/>.</param>
public sealed record RecipeParameter(string Name, RecipeParameterType Type, object Default)
{
    /// <summary>The type as written in headers.</summary>
    public string TypeName => TypeNames[(int)Type];

    /// <summary>How the parameter is declared, e.g. <c>dataset: string = "GSM8K"</c>.</summary>
    public string Signature => $"{Name}: {TypeName} = {CypherLiteral.Format(Default)}";

    internal static readonly string[] TypeNames = ["int", "string", "float", "bool"];

    /// <summary>Converts a value typed on the command line; null when it is not of this parameter's type.</summary>
    public object? TryConvert(string text) => Type switch
    {
        RecipeParameterType.Int => long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) ? i : null,
        RecipeParameterType.Float => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null,
        RecipeParameterType.Bool => bool.TryParse(text, out var b) ? b : null,
        _ => text,
    };

    /// <summary>Converts a default read from JSON to this parameter's type; null when it is not of that type.</summary>
    internal object? FromJson(object? value) => (Type, value) switch
    {
        (RecipeParameterType.Int, long i) => i,
        (RecipeParameterType.Float, long i) => (double)i,
        (RecipeParameterType.Float, double d) => d,
        (RecipeParameterType.Bool, bool b) => b,
        (RecipeParameterType.String, string s) => s,
        _ => null,
    };
}
