using System.Text.Json;
using FineTuneGraph.Cli.Tests.Support;

namespace FineTuneGraph.Cli.Tests.Commands;

public sealed class EvalErrorsCommandTests : IDisposable
{
    private const string Abstract =
        "We propose Zoned Fine-Tuning (ZFT) and apply it to Llama 2-Chat on GSM8K. ZFT improves accuracy by 5.2% on GSM8K "
        + "and the length-controlled win rate over supervised fine-tuning.";

    // Against what the default rules extract from the abstract: ZFT, supervised fine-tuning, Llama 2-Chat, GSM8K,
    // accuracy, win rate (mention "length-controlled win rate"), [ZFT, GSM8K], [supervised fine-tuning, GSM8K],
    // [ZFT, Llama 2-Chat], 5.2% (accuracy, GSM8K, ZFT).
    private static readonly string GoldLine =
        """
        {"id": "2401.01234", "title": "Zoned Fine-Tuning for Chat Models",
        "methods": [{"name": "Zoned Fine-Tuning", "mentions": ["Zoned Fine-Tuning", "ZFT"], "proposed": true},
          {"name": "supervised fine-tuning", "mentions": ["supervised fine-tuning"], "proposed": false},
          {"name": "LoRA [r=8]", "mentions": [], "proposed": false}],
        "models": [{"name": "Llama 2-Chat 70B", "mentions": ["Llama 2-Chat 70B"]}],
        "datasets": [{"name": "GSM8K", "mentions": ["GSM8K"]}],
        "tasks": [{"name": "length-controlled win rate", "mentions": ["length-controlled win rate"]}],
        "metrics": [{"name": "accuracy", "mentions": ["accuracy"]}],
        "method_dataset": [["ZFT", "MATH"]], "method_model": [["ZFT", "Llama 2-Chat 70B"]],
        "results": [{"value": "5.2%", "metric": "accuracy", "dataset": "GSM8K", "method": "supervised fine-tuning", "model": null}]}
        """.ReplaceLineEndings(" ");

    private readonly string _folder = Directory.CreateTempSubdirectory("ftg-cli-eval-errors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Eval_Errors_PrintsCountsPerKindAndCauseThenTheErrorsGroupedByCause()
    {
        var (gold, corpus) = await WriteInputsAsync();

        var run = await CliRun.RunAsync("eval", "--gold", gold, "--corpus", corpus, "--errors");

        Assert.Equal(0, run.ExitCode);
        var rows = TableRows(run.Output);
        Assert.Equal(["missed", "spurious", "wrong type", "wrong boundary", "wrong pair", "wrong field", "total"], rows["Kind"]);
        Assert.Equal(["0", "0", "0", "1", "0", "0", "1"], rows["Model"]);
        Assert.Equal(["0", "1", "0", "0", "1", "0", "2"], rows["method_dataset"]);
        Assert.Equal(["1", "1", "1", "1", "2", "1", "7"], rows["total"]);

        string[] expected =
        [
            "missed (1)",
            "  missed  Method  2401.01234: gold \"LoRA [r=8]\"",
            "spurious (1)",
            "  spurious  method_dataset  2401.01234: predicted \"supervised fine-tuning -> GSM8K\"",
            "wrong type (1)",
            "  wrong type  Task  2401.01234: gold \"length-controlled win rate\", predicted \"win rate\" as Metric",
            "wrong boundary (1)",
            "  wrong boundary  Model  2401.01234: gold \"Llama 2-Chat 70B\", predicted \"Llama 2-Chat\"",
            "wrong pair (2)",
            "  wrong pair  method_dataset  2401.01234: gold \"ZFT -> MATH\", predicted \"ZFT -> GSM8K\"; differs: dataset",
            "  wrong pair  method_model  2401.01234: gold \"ZFT -> Llama 2-Chat 70B\", predicted \"ZFT -> Llama 2-Chat\"; differs: model",
            "wrong field (1)",
            "  wrong field  results_strict  2401.01234: gold \"5.2% (metric: accuracy, dataset: GSM8K, method: supervised fine-tuning)\", "
                + "predicted \"5.2% (metric: accuracy, dataset: GSM8K, method: ZFT)\"; differs: method",
        ];
        var lines = run.Output.Split('\n').Select(l => l.TrimEnd()).ToList();
        var first = lines.IndexOf(expected[0]);
        Assert.True(first >= 0, run.Output);
        Assert.Equal(expected, lines.Skip(first).Where(l => l.Length > 0).Take(expected.Length));
    }

    [Fact]
    public async Task Eval_JsonWithErrors_AddsTheErrorsArrayWithTheirCauses()
    {
        var (gold, corpus) = await WriteInputsAsync();

        var run = await CliRun.RunAsync("eval", "--gold", gold, "--corpus", corpus, "--errors", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(1, json.RootElement.GetProperty("entities").GetProperty("Model").GetProperty("fn").GetInt32());
        var causes = json.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("cause").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["missed", "spurious", "wrong_boundary", "wrong_field", "wrong_pair", "wrong_pair", "wrong_type"], causes);
    }

    private async Task<(string Gold, string Corpus)> WriteInputsAsync()
    {
        var gold = Path.Combine(_folder, "gold.jsonl");
        var corpus = Path.Combine(_folder, "corpus.jsonl");
        await File.WriteAllTextAsync(gold, GoldLine + "\n", TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(
            corpus,
            JsonSerializer.Serialize(new { id = "2401.01234", title = "Zoned Fine-Tuning for Chat Models", @abstract = Abstract }) + "\n",
            TestContext.Current.CancellationToken);
        return (gold, corpus);
    }

    // The rows of the table whose header starts with "Kind" and has the causes: first cell → the other cells.
    private static Dictionary<string, string[]> TableRows(string output) =>
        output.Split('\n')
            .SkipWhile(line => !line.Contains("│ Kind", StringComparison.Ordinal) || !line.Contains("missed", StringComparison.Ordinal))
            .Where(line => line.StartsWith('│'))
            .Select(line => line.Trim().Trim('│').Split('│').Select(cell => cell.Trim()).ToArray())
            .TakeWhile(cells => cells.Length == 8)
            .ToDictionary(cells => cells[0], cells => cells[1..]);
}
