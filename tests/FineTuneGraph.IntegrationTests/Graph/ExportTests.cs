using FineTuneGraph.Cli.Tests.Support;
using FineTuneGraph.Cypher;
using FineTuneGraph.Export;
using FineTuneGraph.Graph;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;
using static FineTuneGraph.IntegrationTests.Graph.GraphBuildKit;

namespace FineTuneGraph.IntegrationTests.Graph;

/// <summary>The exported Cypher script, run on an empty database, gives the graph a direct build gives.</summary>
public sealed class ExportTests(Neo4jTestServer server) : IAsyncLifetime
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await server.ResetDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task CypherExportOfTheSample_LoadsToTheFingerprintOfADirectBuild()
    {
        using var host = await server.StartHostAsync();
        await host.BuildAsync(await SampleAsync(host));
        var built = await GraphFingerprint.ComputeAsync(server.Client, Token);
        await server.ResetDatabaseAsync();
        var folder = Directory.CreateTempSubdirectory("ftg-export-").FullName;
        try
        {
            var run = await CliRun.RunAsync(new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://127.0.0.1:1" }, "build", "--export", folder);
            Assert.Equal(0, run.ExitCode);

            await new GraphSchema(server.Client).EnsureAsync(Token);
            var script = CypherScript.Load(Path.Combine(folder, CypherScriptExporter.FileName));
            await server.Client.RunAsync(script.ToStatements(), Token);

            FingerprintAssert.Same(built, await GraphFingerprint.ComputeAsync(server.Client, Token));
            Assert.True(File.Exists(Path.Combine(folder, "nodes-Paper.csv")));
            Assert.StartsWith(":START_ID(Method),:END_ID(Dataset),count:long,evidence,evidences:string[],papers:string[],:TYPE",
                await File.ReadAllTextAsync(Path.Combine(folder, "relationships-EVALUATED_ON-Method-Dataset.csv"), Token), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
