namespace FineTuneGraph.Cypher.Recipes;

/// <summary>The recipes shipped in <c>cypher/recipes/</c>, by name.</summary>
public sealed class RecipeCatalog
{
    /// <summary>Creates a catalog of the given recipes.</summary>
    public RecipeCatalog(IReadOnlyList<Recipe> recipes) => All = recipes.OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();

    /// <summary>The catalog of the embedded <c>cypher/recipes/*.cypher</c> files.</summary>
    public static RecipeCatalog Embedded { get; } = new(CypherLibrary.Paths
        .Where(p => p.StartsWith("recipes/", StringComparison.Ordinal))
        .Select(p => Recipe.Parse(Path.GetFileNameWithoutExtension(p), CypherLibrary.ReadText(p), "cypher/" + p))
        .ToArray());

    /// <summary>Every recipe, by name.</summary>
    public IReadOnlyList<Recipe> All { get; }

    /// <summary>The recipe called <paramref name="name"/>; an unknown name throws <see cref="RecipeException"/> listing the names.</summary>
    public Recipe Find(string name) => All.FirstOrDefault(r => r.Name == name)
        ?? throw new RecipeException($"no recipe '{name}'. Recipes: {string.Join(", ", All.Select(r => r.Name))} (./ftg recipes list describes them).");
}
