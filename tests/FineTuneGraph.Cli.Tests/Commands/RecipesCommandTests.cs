using System.Text.Json;
using FineTuneGraph.Cli.Commands;
using FineTuneGraph.Cli.Tests.Support;
using FineTuneGraph.Cypher.Recipes;
using Spectre.Console.Testing;

namespace FineTuneGraph.Cli.Tests.Commands;

/// <summary><c>ftg recipes list|show</c> and the errors of <c>run</c>, which need no database (run itself: IntegrationTests).</summary>
public sealed class RecipesCommandTests
{
    /// <summary>Nothing answers here: a command that reached the database would fail.</summary>
    private static readonly Dictionary<string, string?> NoServer = new() { ["Neo4j:Uri"] = "http://127.0.0.1:1" };

    [Fact]
    public async Task List_Json_IsTheRecipesWithTypedParameters()
    {
        var run = await CliRun.RunAsync(NoServer, "recipes", "list", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var root = Assert.Single(json.RootElement.EnumerateObject());
        Assert.Equal("recipes", root.Name);
        var recipes = root.Value.EnumerateArray().ToArray();
        Assert.Equal(RecipeCatalog.Embedded.All.Select(r => r.Name), recipes.Select(r => r.GetProperty("name").GetString()));
        Assert.All(recipes, r => Assert.Equal(["name", "description", "parameters"], r.EnumerateObject().Select(p => p.Name)));
        var evaluated = recipes.Single(r => r.GetProperty("name").GetString() == "methods-evaluated-on-dataset");
        var parameter = Assert.Single(evaluated.GetProperty("parameters").EnumerateArray());
        Assert.Equal("dataset", parameter.GetProperty("name").GetString());
        Assert.Equal("string", parameter.GetProperty("type").GetString());
        Assert.Equal("GSM8K", parameter.GetProperty("default").GetString());
        var limit = recipes.Single(r => r.GetProperty("name").GetString() == "hubs").GetProperty("parameters")[0];
        Assert.Equal("int", limit.GetProperty("type").GetString());
        Assert.Equal(20, limit.GetProperty("default").GetInt32());
    }

    [Fact]
    public async Task List_Table_ShowsEachRecipeWithItsParametersAndExample()
    {
        var run = await CliRun.RunAsync(NoServer, "recipes", "list");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.All(RecipeCatalog.Embedded.All, r => Assert.Contains(r.Name, run.Output, StringComparison.Ordinal));
        Assert.Contains("dataset: string = 'GSM8K'", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"│ limit: int = 25\s+│", run.Output);
        Assert.DoesNotContain(@"\u000a", run.Output, StringComparison.Ordinal);
        Assert.Contains("./ftg recipes run hubs --param limit=10", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_WithParameters_PrintsCypherWithEscapedLiterals()
    {
        var run = await CliRun.RunAsync(NoServer, "recipes", "show", "dataset-leaderboard", "--param", "dataset=O'Reilly QA", "--param", "limit=3");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith("// @recipe dataset-leaderboard", run.Output, StringComparison.Ordinal);
        Assert.Contains(@"toLower(d.name) = toLower('O\'Reilly QA') OR d.key = toLower('O\'Reilly QA')", run.Output, StringComparison.Ordinal);
        Assert.Contains("LIMIT 3;", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("$dataset", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_NoParameters_FillsTheDefaults()
    {
        var run = await CliRun.RunAsync(NoServer, "recipes", "show", "methods-evaluated-on-dataset");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("WHERE toLower(d.name) = toLower('GSM8K') OR d.key = toLower('GSM8K')", run.Output, StringComparison.Ordinal);
    }

    public static TheoryData<string[], string> Errors => new()
    {
        { ["recipes", "run", "no-such-recipe"], "Error: no recipe 'no-such-recipe'. Recipes: dataset-leaderboard," },
        { ["recipes", "show", "no-such-recipe"], "Error: no recipe 'no-such-recipe'." },
        { ["recipes", "run", "hubs", "--param", "limit=many"], "Error: parameter 'limit' of recipe 'hubs' must be an int, not 'many'. Parameters of 'hubs': limit: int = 20." },
        { ["recipes", "run", "hubs", "--param", "top=5"], "Error: recipe 'hubs' has no parameter 'top'. Parameters of 'hubs': limit: int = 20." },
        { ["recipes", "show", "hubs", "--param", "limit"], "Error: --param 'limit' is not NAME=VALUE. Parameters of 'hubs': limit: int = 20." },
        { ["recipes", "run", "graph-overview", "--param", "runs=1.5"], "Error: parameter 'runs' of recipe 'graph-overview' must be an int, not '1.5'." },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public async Task RunOrShow_BadRecipeOrParameter_ExitsOneWithTheParameters(string[] args, string expected)
    {
        var run = await CliRun.RunAsync(NoServer, args);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(expected, run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Run_UnknownFormat_IsAParseError()
    {
        var run = await CliRun.RunAsync(NoServer, "recipes", "run", "hubs", "--format", "xml");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("xml", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BuildNextSteps_NameOnlyRecipesThatExist()
    {
        var error = new TestConsole().Width(4096);
        BuildSummaryView.WriteNextSteps(new CliConsole(new TestConsole(), error, TextWriter.Null, TextWriter.Null), new FineTuneGraph.Neo4j.Neo4jOptions());

        var named = System.Text.RegularExpressions.Regex.Matches(error.Output, @"recipes run ([\w-]+)").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(3, named.Length);
        Assert.All(named, name => RecipeCatalog.Embedded.Find(name));
    }
}
