using FineTuneGraph.Cypher;
using FineTuneGraph.LocalServer;

namespace FineTuneGraph.Core.Tests.Cypher;

public sealed class CypherLibraryTests
{
    [Fact]
    public void Paths_EveryFileOfTheCypherFolder_IsEmbedded()
    {
        var root = RepositoryLayout.FindRoot()!;
        var onDisk = Directory.EnumerateFiles(Path.Combine(root, "cypher"), "*.cypher", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Path.Combine(root, "cypher"), f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.NotEmpty(onDisk);
        Assert.Equal(onDisk, CypherLibrary.Paths);
    }

    [Fact]
    public void Recipes_EachSaysWhatItAnswersAndHasAStatement()
    {
        Assert.NotEmpty(CypherLibrary.Recipes);
        Assert.All(CypherLibrary.Recipes, recipe =>
        {
            Assert.False(string.IsNullOrWhiteSpace(recipe.Description), $"{recipe.Name} has no leading // description");
            Assert.NotEmpty(recipe.Statements);
        });
    }
}
