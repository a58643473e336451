using FineTuneGraph.Cli.Tests.Support;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.IntegrationTests.Cli;

public sealed class DoctorCommandTests(Neo4jTestServer server) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await server.ResetDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Doctor_LocalServer_ReportsVersionAuthLatencyAndConstraints()
    {
        await server.Client.RunAsync("CREATE CONSTRAINT ON (m:Method) ASSERT m.key IS UNIQUE", cancellationToken: TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync(server.Configuration, "doctor");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"http://127.0.0.1:{Neo4jTestServer.HttpPort}/", run.Output, StringComparison.Ordinal);
        Assert.Contains("Neo4j 3.1.1 community", run.Output, StringComparison.Ordinal);
        Assert.Contains("ok (user neo4j)", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\d+\.\d ms median of 5", run.Output);
        Assert.Contains("CONSTRAINT ON ( method:Method ) ASSERT method.key IS UNIQUE", run.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public async Task Doctor_WrongPassword_ExitsOneWithOneLineReason()
    {
        var configuration = new Dictionary<string, string?>(server.Configuration) { ["Neo4j:Password"] = "wrong-password" };

        var run = await CliRun.RunAsync(configuration, "doctor");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"Error: Neo4j at http://127.0.0.1:{Neo4jTestServer.HttpPort}/ refused the credentials of user 'neo4j': Invalid username or password.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-password", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Doctor_NothingListening_ExitsOneSayingUnreachable()
    {
        var configuration = new Dictionary<string, string?>(server.Configuration)
        {
            ["Neo4j:Uri"] = $"http://127.0.0.1:{Neo4jTestServer.UnusedPort()}",
            ["Neo4j:MaxRetryAttempts"] = "1",
            ["Neo4j:RetryBaseDelay"] = "00:00:00.010",
        };

        var run = await CliRun.RunAsync(configuration, "doctor");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"Error: Neo4j at http://127\.0\.0\.1:\d+/ is unreachable: Connection refused .* \(gave up after 2 attempts\)", run.Error);
    }

    [Fact]
    public async Task Neo4jStatus_TestInstance_ExitsZero()
    {
        var run = await CliRun.RunAsync(server.Configuration, "neo4j", "status");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("instance 'test'", run.Output, StringComparison.Ordinal);
    }
}
