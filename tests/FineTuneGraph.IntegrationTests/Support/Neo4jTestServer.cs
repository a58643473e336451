using System.Net;
using System.Net.Sockets;
using FineTuneGraph.Hosting;
using FineTuneGraph.LocalServer;
using FineTuneGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

[assembly: AssemblyFixture(typeof(FineTuneGraph.IntegrationTests.Support.Neo4jTestServer))]

namespace FineTuneGraph.IntegrationTests.Support;

/// <summary>
/// The real Neo4j the integration tests talk to: the local 3.1.1 of scripts/neo4j.sh, in its own instance
/// folder and on its own ports so it never touches the quick-start database. Started once for the test run
/// (provisioned on first use) and stopped at the end if this run started it. An unreachable server fails the
/// run; it never skips tests.
/// </summary>
public sealed class Neo4jTestServer : IAsyncLifetime
{
    public const string Password = "ftg-test-Pw-1";
    public static readonly int HttpPort = PortFromEnvironment("FTG_TEST_NEO4J_HTTP_PORT", 27474);
    public static readonly int BoltPort = PortFromEnvironment("FTG_TEST_NEO4J_BOLT_PORT", 27687);

    private IHost? _host;
    private bool _startedHere;

    public string Uri => $"http://127.0.0.1:{HttpPort}";

    /// <summary>The settings that point FineTuneGraph at this server.</summary>
    public IReadOnlyDictionary<string, string?> Configuration => new Dictionary<string, string?>
    {
        ["Neo4j:Uri"] = Uri,
        ["Neo4j:Username"] = "neo4j",
        ["Neo4j:Password"] = Password,
        ["Neo4j:BoltPort"] = BoltPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["LocalNeo4j:Instance"] = "test",
    };

    public ICypherClient Client => Services.GetRequiredService<ICypherClient>();

    public LocalNeo4jServer LocalServer => Services.GetRequiredService<LocalNeo4jServer>();

    private IServiceProvider Services => (_host ?? throw new InvalidOperationException("The test server is not started.")).Services;

    /// <summary>A host with the test server's settings plus <paramref name="overrides"/>; dispose it.</summary>
    public IHost CreateHost(params (string Key, string? Value)[] overrides) => CreateBuilder(overrides).Build();

    /// <summary>The product's host builder with the test server's settings plus <paramref name="overrides"/>.</summary>
    public HostApplicationBuilder CreateBuilder(IEnumerable<(string Key, string? Value)> overrides, LogLevel minimumLogLevel = LogLevel.Warning)
    {
        var configuration = new Dictionary<string, string?>(Configuration);
        foreach (var (key, value) in overrides)
        {
            configuration[key] = value;
        }

        return FineTuneGraphHost.CreateBuilder(configuration, minimumLogLevel);
    }

    /// <summary>A started host (options validated) with the test server's settings plus <paramref name="overrides"/>; dispose it.</summary>
    public async Task<IHost> StartHostAsync(params (string Key, string? Value)[] overrides)
    {
        var host = CreateHost(overrides);
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    public async ValueTask InitializeAsync()
    {
        _host = CreateHost();
        var status = await LocalServer.StatusAsync();
        if (status.ExitCode != 0)
        {
            var start = await LocalServer.StartAsync();
            if (start.ExitCode != 0)
            {
                throw new InvalidOperationException($"The test Neo4j did not start (scripts/neo4j.sh start, exit {start.ExitCode}):{Environment.NewLine}{start.Output}");
            }

            _startedHere = true;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is null)
        {
            return;
        }

        if (_startedHere && Environment.GetEnvironmentVariable("FTG_TEST_KEEP_NEO4J") != "1")
        {
            await LocalServer.StopAsync();
        }

        _host.Dispose();
    }

    /// <summary>Deletes every node, relationship and constraint, so a test starts from an empty graph.</summary>
    public async Task ResetDatabaseAsync()
    {
        var server = await Client.GetServerInfoAsync();
        var dialect = Neo4jDialect.For(server);
        foreach (var constraint in dialect.DescribeConstraints(await Client.RunAsync(dialect.ListConstraints().Text)))
        {
            // 3.x describes a constraint in the very syntax that creates it.
            await Client.RunAsync("DROP " + constraint);
        }

        await Client.RunAsync("MATCH (n) DETACH DELETE n");
    }

    /// <summary>Runs a query returning one row with a count in column <c>n</c>, and returns that count.</summary>
    public async Task<int> CountAsync(string cypher)
    {
        var result = await Client.RunAsync(cypher, cancellationToken: TestContext.Current.CancellationToken);
        return (int)(long)result.Value(0, "n")!;
    }

    /// <summary>A loopback port with nothing listening on it.</summary>
    public static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int PortFromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var port) ? port : fallback;
}
