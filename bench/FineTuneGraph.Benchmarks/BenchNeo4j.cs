using FineTuneGraph.Hosting;
using FineTuneGraph.LocalServer;
using FineTuneGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FineTuneGraph.Benchmarks;

/// <summary>
/// The benchmark's own local Neo4j 3.1.1 (instance <c>bench</c>, ports 28474/28687), apart from the quick-start and
/// test instances. Emptied by deleting its store between loads rather than by DETACH DELETE: 3.1 reuses freed record
/// ids only after a restart, so deleted graphs would leave later loads a larger store than earlier ones.
/// </summary>
internal sealed class BenchNeo4j : IDisposable
{
    public const string Instance = "bench";
    private readonly IHost _host = FineTuneGraphHost.CreateBuilder(new Dictionary<string, string?>
    {
        ["Neo4j:Uri"] = "http://127.0.0.1:28474",
        ["Neo4j:BoltPort"] = "28687",
        ["Neo4j:Username"] = "neo4j",
        ["Neo4j:Password"] = "ftg-bench-Pw-1",
        ["Neo4j:RequestTimeout"] = "00:30:00",
        // A retried LOAD CSV or batch would load twice; a failure must end the run instead.
        ["Neo4j:MaxRetryAttempts"] = "0",
        ["LocalNeo4j:Instance"] = Instance,
    }).Build();

    public ICypherClient Client => _host.Services.GetRequiredService<ICypherClient>();

    private LocalNeo4jServer Server => _host.Services.GetRequiredService<LocalNeo4jServer>();

    private static string InstanceDirectory => Path.Combine(
        Environment.GetEnvironmentVariable("FTG_NEO4J_CACHE") is { Length: > 0 } cache ? cache : Path.Combine(RepositoryLayout.FindRoot() ?? throw new InvalidOperationException("Run the benchmark inside the checkout."), ".neo4j"),
        "instances", Instance);

    /// <summary>Where LOAD CSV's file:/// URLs point (dbms.directories.import in the conf scripts/neo4j.sh writes).</summary>
    public static string ImportDirectory => Path.Combine(InstanceDirectory, "import");

    public async Task StartAsync()
    {
        var start = await Server.StartAsync();
        if (start.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/neo4j.sh start failed:{Environment.NewLine}{start.Output}");
        }
    }

    /// <summary>Stops the server, deletes its store (not its password or import folder) and starts it on an empty one.</summary>
    public async Task EmptyAsync()
    {
        await Server.StopAsync();
        var databases = Path.Combine(InstanceDirectory, "data", "databases");
        if (Directory.Exists(databases))
        {
            Directory.Delete(databases, recursive: true);
        }

        await StartAsync();
    }

    public void Dispose() => _host.Dispose();
}
