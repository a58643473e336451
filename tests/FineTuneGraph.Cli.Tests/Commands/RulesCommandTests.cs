using FineTuneGraph.Cli.Tests.Support;

namespace FineTuneGraph.Cli.Tests.Commands;

public sealed class RulesCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ftg-cli-rules-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Check_DefaultPack_ExitsZeroAndPrintsCounts()
    {
        var run = await CliRun.RunAsync("rules", "check");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("ok:", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"Method entities\s*│\s*[1-9][\d,]*\s*│\s*[1-9]", run.Output);
        Assert.Matches(@"Dataset entities\s*│\s*[1-9]", run.Output);
        Assert.Contains("relations", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_ExplicitFolder_LoadsThatPack()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "m.yaml"), "version: 1\ntype: Task\nentities:\n  - key: qa\n    name: question answering\n    aliases: [QA]\n", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync("rules", "check", "--rules", _folder);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Task entities\s*│\s*1\s*│\s*1\s", run.Output);
    }

    [Fact]
    public async Task Check_BrokenPack_ExitsOneWithPositionsAndCarets()
    {
        var file = Path.Combine(_folder, "methods.yaml");
        await File.WriteAllTextAsync(file,
            "version: 1\ntype: Method\nentities:\n  - key: lora\n    name: LoRA\nrelations:\n  - id: evil\n    type: Method`) DETACH DELETE n //\n    from: Method\n    to: Dataset\n    cue: on\n    colour: red\n",
            TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync("rules", "check", "--rules", _folder);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var at = lines.FindIndex(l => l.StartsWith($"{file}:8:11: relationship type 'Method`) DETACH DELETE n //' is not allowed", StringComparison.Ordinal));
        Assert.True(at >= 0, run.Error);
        Assert.Equal("    type: Method`) DETACH DELETE n //", lines[at + 1]);
        Assert.Equal("          ^", lines[at + 2]);
        Assert.Contains(lines, l => l.StartsWith($"{file}:12:5: unknown key 'colour' in relation rule 'evil'", StringComparison.Ordinal));
        Assert.Contains("2 problems in the rule pack", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Check_ProblemOnALineOf1MB_ShowsTheSpotClipped()
    {
        var file = Path.Combine(_folder, "m.yaml");
        await File.WriteAllTextAsync(file, "version: 1\ntype: Method\nentities:\n  - key: lora\n    name: LoRA\n    aliases: [" + new string('a', 1 << 20) + ", {x: 1}]\n",
            TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync("rules", "check", "--rules", _folder);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var at = lines.FindIndex(l => l.StartsWith($"{file}:6:1048593: an entry of 'aliases' must be text, not a mapping", StringComparison.Ordinal));
        Assert.True(at >= 0, run.Error[..Math.Min(run.Error.Length, 2000)]);
        Assert.StartsWith("…aaa", lines[at + 1], StringComparison.Ordinal);
        Assert.True(lines[at + 1].Length <= 200, $"{lines[at + 1].Length} characters shown");
        Assert.Equal('{', lines[at + 1][lines[at + 2].IndexOf('^', StringComparison.Ordinal)]);
    }

    [Fact]
    public async Task Check_MissingFolder_ExitsOne()
    {
        var missing = Path.Combine(_folder, "nope");

        var run = await CliRun.RunAsync("rules", "check", "--rules", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{missing}: rule pack folder not found", run.Error, StringComparison.Ordinal);
    }
}
