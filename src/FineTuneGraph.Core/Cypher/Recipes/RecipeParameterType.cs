namespace FineTuneGraph.Cypher.Recipes;

/// <summary>The type of a recipe parameter, as written in its header (<c>int</c>, <c>string</c>, <c>float</c>, <c>bool</c>).</summary>
public enum RecipeParameterType
{
    /// <summary>A whole number (a Cypher integer, .NET <see cref="long"/>).</summary>
    Int,

    /// <summary>Text.</summary>
    String,

    /// <summary>A number with a fraction (a Cypher float, .NET <see cref="double"/>).</summary>
    Float,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,
}
