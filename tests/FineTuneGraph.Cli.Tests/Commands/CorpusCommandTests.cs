using System.Text.Json;
using FineTuneGraph.Cli.Tests.Support;

namespace FineTuneGraph.Cli.Tests.Commands;

public sealed class CorpusCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ftg-cli-corpus-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Read_BundledSample_Writes86PapersWithSentences()
    {
        var output = Path.Combine(_folder, "papers.jsonl");

        var run = await CliRun.RunAsync("corpus", "read", RepositoryRoot.File("data"), "--sentences", "--out", output);

        Assert.Equal(0, run.ExitCode);
        var lines = await File.ReadAllLinesAsync(output, TestContext.Current.CancellationToken);
        Assert.Equal(86, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("on-the-impact-of-fine-tuning-on-chain-of-thought-reasoning", first.RootElement.GetProperty("id").GetString());
        var sentence = first.RootElement.GetProperty("sentences")[0];
        var text = first.RootElement.GetProperty("abstract").GetString()!;
        Assert.Equal(
            "Large language models have emerged as powerful tools for general intelligence, showcasing advanced natural language processing capabilities that find applications across diverse domains.",
            text[sentence.GetProperty("start").GetInt32()..sentence.GetProperty("end").GetInt32()]);
        Assert.Contains("distinct papers", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_EmptyFile_WarnsAndExitsWithNothingRead()
    {
        var empty = Path.Combine(_folder, "empty.jsonl");
        await File.WriteAllTextAsync(empty, "", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync("corpus", "read", empty);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains($"warning: {empty}: empty file, nothing to read", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_SomeRecordsBad_ExitsTwoAndKeepsTheGoodOnes()
    {
        var file = Path.Combine(_folder, "mixed.jsonl");
        await File.WriteAllTextAsync(file,
            "{\"title\": \"Good\", \"abstract\": \"We fine-tune things. It works.\"}\n{\"title\": \"Broken\"\n",
            TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync("corpus", "read", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"warning: {file}:2: invalid JSON, line skipped", run.Error, StringComparison.Ordinal);
    }
}
