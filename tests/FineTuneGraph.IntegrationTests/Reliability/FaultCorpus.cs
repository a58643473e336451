using FineTuneGraph.Graph;
using FineTuneGraph.IntegrationTests.Inbox;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;
using FineTuneGraph.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace FineTuneGraph.IntegrationTests.Reliability;

/// <summary>
/// The corpus every fault scenario loads (generated papers in one file), and the fingerprint of its clean build:
/// each scenario must end with exactly that graph, whatever went wrong on the way.
/// </summary>
internal static class FaultCorpus
{
    public const int Papers = 600;
    public const int BatchSize = 50;

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _folder;
    private static GraphFingerprint? _clean;

    /// <summary>The folder holding the corpus (written once per test run).</summary>
    public static string Folder
    {
        get
        {
            if (_folder is null)
            {
                var folder = Directory.CreateTempSubdirectory("ftg-faults-").FullName;
                File.WriteAllText(Path.Combine(folder, "papers.jsonl"), InboxFiles.Lines(1, Papers));
                _folder = folder;
            }

            return _folder;
        }
    }

    /// <summary>The fingerprint of a clean build of <see cref="Folder"/> into an empty database (built once, then the database is emptied).</summary>
    public static async Task<GraphFingerprint> CleanAsync(Neo4jTestServer server)
    {
        await Gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_clean is null)
            {
                await server.ResetDatabaseAsync();
                using (var host = await server.StartHostAsync(("Build:BatchSize", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture))))
                {
                    await host.Services.GetRequiredService<GraphBuildService>().BuildAsync(new BuildRequest([Folder]), cancellationToken: TestContext.Current.CancellationToken);
                }

                _clean = await GraphFingerprint.ComputeAsync(server.Client, TestContext.Current.CancellationToken);
                await server.ResetDatabaseAsync();
            }

            return _clean;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Papers and relationships that exist more than once where the model allows one: what a batch applied twice would leave.</summary>
    public static async Task<long> DuplicatesAsync(ICypherClient client)
    {
        var papers = await client.RunAsync("MATCH (p:Paper) WITH p.id AS id, count(*) AS n WHERE n > 1 RETURN count(id) AS n", cancellationToken: TestContext.Current.CancellationToken);
        var edges = await client.RunAsync("MATCH (a)-[r]->(b) WITH a, b, type(r) AS type, count(*) AS n WHERE n > 1 RETURN count(*) AS n", cancellationToken: TestContext.Current.CancellationToken);
        return (long)papers.Value(0, "n")! + (long)edges.Value(0, "n")!;
    }

    public static async Task<long> PapersAsync(ICypherClient client) =>
        (long)(await client.RunAsync("MATCH (p:Paper) RETURN count(p) AS n", cancellationToken: TestContext.Current.CancellationToken)).Value(0, "n")!;
}
