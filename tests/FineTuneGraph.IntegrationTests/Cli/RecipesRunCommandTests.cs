using System.Text.Json;
using FineTuneGraph.Cli.Tests.Support;
using FineTuneGraph.IntegrationTests.Recipes;
using FineTuneGraph.IntegrationTests.Support;

namespace FineTuneGraph.IntegrationTests.Cli;

/// <summary><c>ftg recipes run</c> on the real 3.1.1 server loaded with the sample, in each output format.</summary>
public sealed class RecipesRunCommandTests(Neo4jTestServer server) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await SampleGraph.EnsureAsync(server);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Run_Json_GivesColumnsAndRowsOfTheAnswer()
    {
        var run = await CliRun.RunAsync(server.Configuration, "recipes", "run", "methods-evaluated-on-dataset", "--param", "dataset=GSM8K", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(["method", "dataset", "papers", "paperIds", "evidence"], json.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()));
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToArray();
        var masked = Assert.Single(rows, r => r.GetProperty("method").GetString() == "Masked Thought");
        Assert.Equal(1, masked.GetProperty("papers").GetInt32());
        Assert.Contains("GSM8K", masked.GetProperty("evidence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Csv_HasAHeaderAndListsJoined()
    {
        var run = await CliRun.RunAsync(server.Configuration, "recipes", "run", "entity-lookup", "--param", "alias=lora", "--format", "csv");

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("label,key,name,aliases,papers", lines[0]);
        Assert.StartsWith("Method,lora,LoRA,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",8", lines[1], StringComparison.Ordinal);
        // The aliases are one field, joined with "; " in alphabetical order (so the line is the same on every run).
        var aliases = lines[1]["Method,lora,LoRA,".Length..lines[1].LastIndexOf(',')].Trim('"').Split("; ");
        Assert.Contains("low-rank adaptation", aliases, StringComparer.OrdinalIgnoreCase);
        Assert.Equal(aliases.Order(StringComparer.Ordinal), aliases);
    }

    [Fact]
    public async Task Run_Table_ShowsRowsAndCount()
    {
        var run = await CliRun.RunAsync(server.Configuration, "recipes", "run", "hubs", "--param", "limit=3");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Matches(@"│ Method\s*│ supervised fine-tuning\s*│\s*49\s*│\s*26\s*│", run.Output);
        Assert.Contains("3 row(s)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoAnswer_SaysSo()
    {
        var run = await CliRun.RunAsync(server.Configuration, "recipes", "run", "models-of-method", "--param", "method=no such method");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("No rows: the graph has no answer to 'models-of-method' with these parameters.", run.Output, StringComparison.Ordinal);
    }
}
