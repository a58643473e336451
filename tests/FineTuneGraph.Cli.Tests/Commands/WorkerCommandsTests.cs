using FineTuneGraph.Cli.Tests.Support;

namespace FineTuneGraph.Cli.Tests.Commands;

public sealed class WorkerCommandsTests : IDisposable
{
    private readonly string _inbox = Directory.CreateTempSubdirectory("ftg-cli-inbox-").FullName;

    public void Dispose() => Directory.Delete(_inbox, recursive: true);

    [Fact]
    public async Task Health_NoWorkerEverRanOnTheFolder_IsUnhealthyWithTheReason()
    {
        var run = await CliRun.RunAsync("health", _inbox);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("unhealthy: no worker status (is 'ftg watch' running on this folder?)", run.Output.Trim());
    }

    [Fact]
    public async Task Watch_BadWatchSetting_IsAOneLineErrorBeforeAnythingStarts()
    {
        var run = await CliRun.RunAsync(new Dictionary<string, string?> { ["Watch:SettleTime"] = "00:00:00" }, "watch", _inbox);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Watch:SettleTime must be between 00:00:00.100 and 00:10:00.", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_inbox, ".ftg")));
    }

    [Fact]
    public async Task Watch_WithoutAFolder_SaysWhatIsMissing()
    {
        var run = await CliRun.RunAsync("watch");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Required argument missing for command: 'watch'", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain title", "plain title")]
    [InlineData("\u001b]0;pwned\u0007title", "\\u001b]0;pwned\\u0007title")]
    [InlineData("clear\u001b[2J", "clear\\u001b[2J")]
    [InlineData("c1\u009bcontrol", "c1\\u009bcontrol")]
    [InlineData("tab\tkept", "tab\tkept")]
    [InlineData("line\nbreak", "line\\u000abreak")]
    public void Printable_ShowsControlCharactersInsteadOfSendingThemToTheTerminal(string text, string expected)
    {
        Assert.Equal(expected, CliText.Printable(text));
    }
}
