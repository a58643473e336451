using System.Diagnostics;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.IntegrationTests.Cli;

/// <summary><c>ftg neo4j cypher-shell &lt; FILE</c>, as a process with its standard input from a file, as a user types it.</summary>
public sealed class CypherShellCommandTests(Neo4jTestServer server) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await server.ResetDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task CypherShell_StatementsOnStandardInput_RunAndPrintTheirAnswer()
    {
        await server.Client.RunAsync("CREATE (:ShellProbe {name: 'from http'})", cancellationToken: TestContext.Current.CancellationToken);
        var file = Path.Combine(Path.GetTempPath(), $"ftg-shell-{Guid.NewGuid():N}.cypher");
        await File.WriteAllTextAsync(file, "MATCH (p:ShellProbe) RETURN p.name AS name;\nCREATE (:ShellProbe {name: 'from stdin'});\n", TestContext.Current.CancellationToken);
        try
        {
            var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add("exec dotnet \"$0\" neo4j cypher-shell --format plain < \"$1\"");
            info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ftg.dll"));
            info.ArgumentList.Add(file);
            info.Environment["NEO4J_URI"] = server.Uri;
            info.Environment["NEO4J_PASSWORD"] = Neo4jTestServer.Password;
            info.Environment["NEO4J_BOLT_PORT"] = Neo4jTestServer.BoltPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
            info.Environment["FTG_NEO4J_INSTANCE"] = "test";
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var bounded = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            bounded.CancelAfter(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(bounded.Token);

            Assert.True(process.ExitCode == 0, await error);
            Assert.Equal(["name", "\"from http\""], (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            Assert.Equal(1, await server.CountAsync("MATCH (p:ShellProbe {name: 'from stdin'}) RETURN count(p) AS n"));
        }
        finally
        {
            File.Delete(file);
        }
    }
}
