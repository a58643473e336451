using FineTuneGraph.Cli.Tests.Support;

namespace FineTuneGraph.Cli.Tests;

public sealed class FtgCommandLineTests
{
    [Fact]
    public async Task Help_ListsTheCommands()
    {
        var run = await CliRun.RunAsync("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("doctor", run.Output, StringComparison.Ordinal);
        Assert.Contains("neo4j", run.Output, StringComparison.Ordinal);
        Assert.Contains("--neo4j-uri", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCommand_FailsWithAParseError()
    {
        var run = await CliRun.RunAsync("frobnicate");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("frobnicate", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_BoltUriFlag_IsRefusedAsInvalidConfiguration()
    {
        var run = await CliRun.RunAsync("doctor", "--neo4j-uri", "bolt://localhost:7687");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            "Error: invalid configuration:\n  - Neo4j:Uri (NEO4J_URI) 'bolt://localhost:7687' is a Bolt address, but FineTuneGraph talks to Neo4j over its HTTP API; use the HTTP port, e.g. http://localhost:7474 (https:// for TLS).\n",
            run.Error);
    }

    [Fact]
    public async Task Doctor_FlagOverridesConfiguration()
    {
        var configuration = new Dictionary<string, string?> { ["Neo4j:Uri"] = "bolt://from-configuration:7687" };

        var run = await CliRun.RunAsync(configuration, "doctor", "--neo4j-uri", "ftp://from-flag");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("'ftp://from-flag' must start with http:// or https://", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("from-configuration", run.Error, StringComparison.Ordinal);
    }
}
