using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.IntegrationTests.Neo4j;

public sealed class LocalNeo4jServerTests(Neo4jTestServer server) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await server.ResetDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task StartAsync_WhileRunning_IsANoOp()
    {
        var outcome = await server.LocalServer.StartAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains("already running", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StatusAsync_WhileRunning_SaysRunningOnTheTestPorts()
    {
        var outcome = await server.LocalServer.StatusAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Contains($"running (pid", outcome.Output, StringComparison.Ordinal);
        Assert.Contains($"http://127.0.0.1:{Neo4jTestServer.HttpPort}/", outcome.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CypherShell_OverBolt_ReadsWhatHttpWrote()
    {
        await server.Client.RunAsync("CREATE (:BoltProbe {name: $name})", new Dictionary<string, object?> { ["name"] = "héllo ✓" }, TestContext.Current.CancellationToken);

        var outcome = await server.LocalServer.RunScriptAsync(
            "cypher-shell", onLine: null, TestContext.Current.CancellationToken, "--format", "plain", "MATCH (p:BoltProbe) RETURN p.name AS name");

        Assert.True(outcome.ExitCode == 0, outcome.Output);
        Assert.Equal(["name", "\"héllo ✓\""], outcome.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
