using FineTuneGraph.Cypher.Recipes;

namespace FineTuneGraph.Core.Tests.Cypher.Recipes;

public sealed class RecipeCatalogTests
{
    [Fact]
    public void Embedded_EveryRecipeFile_ParsesWithDescriptionAndExample()
    {
        var recipes = RecipeCatalog.Embedded.All;

        Assert.True(recipes.Count >= 16, $"{recipes.Count} recipes");
        Assert.All(recipes, r =>
        {
            Assert.NotEmpty(r.Description);
            Assert.StartsWith($"./ftg recipes run {r.Name}", r.Example, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Embedded_EveryExample_BindsToTheRecipesParameters()
    {
        foreach (var recipe in RecipeCatalog.Embedded.All)
        {
            var given = System.Text.RegularExpressions.Regex.Matches(recipe.Example, @"--param (\w+)=(""[^""]*""|\S+)")
                .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.Trim('"'));

            var values = recipe.Bind(given);

            Assert.Equal(recipe.Parameters.Count, values.Count);
        }
    }

    [Fact]
    public void Find_UnknownName_ThrowsListingTheRecipes()
    {
        var error = Assert.Throws<RecipeException>(() => RecipeCatalog.Embedded.Find("methods-on-dataset"));

        Assert.StartsWith("no recipe 'methods-on-dataset'. Recipes: dataset-leaderboard, ", error.Message, StringComparison.Ordinal);
        Assert.Contains("methods-evaluated-on-dataset", error.Message, StringComparison.Ordinal);
    }
}
