using FineTuneGraph.Graph;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;
using static FineTuneGraph.IntegrationTests.Graph.GraphBuildKit;

namespace FineTuneGraph.IntegrationTests.Graph;

/// <summary>Schema statements take the schema lock: they run once per process and server, and only for what is missing.</summary>
public sealed class GraphSchemaTests(Neo4jTestServer server) : IAsyncLifetime
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await server.ResetDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task EnsureAsync_EmptyDatabase_CreatesEveryKeyOnceThenNothing()
    {
        var schema = new GraphSchema(server.Client);

        var first = await schema.EnsureAsync(Token);
        var second = await schema.EnsureAsync(Token);
        var anotherProcess = await new GraphSchema(server.Client).EnsureAsync(Token);

        Assert.Equal(GraphVocabulary.Keys.Count, first);
        Assert.Equal(0, second);
        Assert.Equal(0, anotherProcess);
        var dialect = Neo4jDialect.For(await server.Client.GetServerInfoAsync(Token));
        var keys = dialect.UniqueKeys((await server.Client.RunAsync([dialect.ListConstraints()], Token))[0]);
        Assert.All(GraphVocabulary.Keys, key => Assert.Contains(key, keys));
    }

    [Fact]
    public async Task EnsureAsync_OneConstraintMissing_CreatesOnlyThatOne()
    {
        await new GraphSchema(server.Client).EnsureAsync(Token);
        await server.Client.RunAsync("DROP CONSTRAINT ON (n:Dataset) ASSERT n.key IS UNIQUE", cancellationToken: Token);

        var created = await new GraphSchema(server.Client).EnsureAsync(Token);

        Assert.Equal(1, created);
    }

    [Fact]
    public async Task Builds_InOneProcess_RunTheSchemaStatementsOnce()
    {
        await using var proxy = new TcpProxy(Neo4jTestServer.HttpPort);
        using var host = await server.StartHostAsync(("Neo4j:Uri", proxy.Uri));

        await host.BuildAsync([Paper("p1", "One", "We evaluate LoRA on GSM8K.")]);
        await host.BuildAsync([Paper("p2", "Two", "We evaluate DPO on GSM8K.")]);

        Assert.Equal(1, proxy.CountSent("CALL db.constraints()"));
        Assert.Equal(GraphVocabulary.Keys.Count, proxy.CountSent("CREATE CONSTRAINT"));
    }
}
