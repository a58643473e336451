using System.Text.Json;
using FineTuneGraph.Cli.Tests.Support;

namespace FineTuneGraph.Cli.Tests.Commands;

public sealed class ExtractionCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ftg-cli-extract-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Extract_BundledSample_WritesOneGoldSchemaLinePerPaper()
    {
        var output = Path.Combine(_folder, "extraction.jsonl");

        var run = await CliRun.RunAsync("extract", RepositoryRoot.File("data"), "--out", output);

        Assert.Equal(0, run.ExitCode);
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal(86, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(
            ["id", "title", "methods", "models", "datasets", "tasks", "metrics", "method_dataset", "method_model", "results"],
            first.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("on-the-impact-of-fine-tuning-on-chain-of-thought-reasoning", first.RootElement.GetProperty("id").GetString());
        Assert.Contains(first.RootElement.GetProperty("methods").EnumerateArray(), m => m.GetProperty("name").GetString() == "QLoRA");
    }

    [Fact]
    public async Task Eval_Json_PrintsTheScoresInTheDocumentedShape()
    {
        var run = await CliRun.RunAsync("eval", "--gold", RepositoryRoot.File("tests", "FineTuneGraph.Core.Tests", "TestData", "seed-gold.jsonl"), "--corpus", RepositoryRoot.File("data"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.InRange(json.RootElement.GetProperty("entities").GetProperty("Dataset").GetProperty("f1").GetDouble(), 0.5, 1.0);
        Assert.True(json.RootElement.GetProperty("relations").GetProperty("results").GetProperty("tp").GetInt32() > 0);
    }

    [Fact]
    public async Task RulesExplain_Text_ShowsStagesMatchesWithRulesAndRejections()
    {
        var run = await CliRun.RunAsync("rules", "explain", "--text", "ZFT: Zoned Fine-Tuning\n\nWe propose Zoned Fine-Tuning (ZFT) and apply it to Llama 2 on GSM8K. Large Language Models (LLMs) improve.");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ZFT (zft) proposed local", run.Output, StringComparison.Ordinal);
        Assert.Contains("dict:gsm8k", run.Output, StringComparison.Ordinal);
        Assert.Contains("(Method zft)-[:EVALUATED_ON]->(Dataset gsm8k)", run.Output, StringComparison.Ordinal);
        Assert.Contains("never an entity (generic list)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Stages, in order", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"acronyms-again\s", run.Output);
    }

    [Fact]
    public async Task RulesExplain_RelationThroughOurMethodAndAFinding_ShowsBothSentencesAndTheValuesFields()
    {
        var run = await CliRun.RunAsync("rules", "explain", "--text", "A Study\n\nWe propose ZetaTune for training. Our method is tested with GSM8K and gains 3.1% accuracy on GSM8K.");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(Method zetatune)-[:EVALUATED_ON]->(Dataset gsm8k)", run.Output, StringComparison.Ordinal);
        Assert.Contains("We propose ZetaTune for training. …", run.Output, StringComparison.Ordinal);
        Assert.Contains("3.1% (Percent): metric accuracy, dataset gsm8k, method zetatune", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RulesStats_Corpus_ListsRulesWithCountsAndTimes()
    {
        var run = await CliRun.RunAsync("rules", "stats", "--corpus", RepositoryRoot.File("data"), "--top", "0");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("86 papers", run.Output, StringComparison.Ordinal);
        Assert.Contains("dict:lora", run.Output, StringComparison.Ordinal);
        Assert.Contains("relation:method-evaluated-on-dataset", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_BatchSizeZero_IsAOneLineConfigurationErrorBeforeAnythingRuns()
    {
        var run = await CliRun.RunAsync("build", RepositoryRoot.File("data"), "--batch-size", "0", "--export", _folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Build:BatchSize (--batch-size) must be between 1 and 100000 papers per transaction.", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData("missing.jsonl", "no such gold file")]
    [InlineData("malformed.jsonl", "malformed.jsonl:2:")]
    public async Task Eval_GoldFileMissingOrMalformed_IsAOneLineError(string name, string expected)
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "malformed.jsonl"), "{\"id\": \"a\", \"title\": \"A\"}\n{not json\n", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync("eval", "--gold", Path.Combine(_folder, name), "--corpus", RepositoryRoot.File("data"));

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("Error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }
}
