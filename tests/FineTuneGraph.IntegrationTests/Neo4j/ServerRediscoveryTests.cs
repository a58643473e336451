using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace FineTuneGraph.IntegrationTests.Neo4j;

/// <summary>After a connection failure the client finds out again what server it talks to (it may be restarted or upgraded).</summary>
public sealed class ServerRediscoveryTests(Neo4jTestServer server)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConnectionLost_NextStatementDiscoversTheServerAgain()
    {
        await using var proxy = new TcpProxy(Neo4jTestServer.HttpPort);
        using var host = await server.StartHostAsync(("Neo4j:Uri", proxy.Uri), ("Neo4j:MaxRetryAttempts", "0"));
        var client = host.Services.GetRequiredService<ICypherClient>();
        await client.RunAsync("RETURN 1", cancellationToken: Token);
        await client.RunAsync("RETURN 2", cancellationToken: Token);
        var discoveriesBefore = proxy.RequestLines.Count(l => l == "GET / HTTP/1.1");

        proxy.Close();
        var down = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 3", cancellationToken: Token));
        proxy.Open();
        await client.RunAsync("RETURN 4", cancellationToken: Token);

        Assert.Equal(1, discoveriesBefore);
        Assert.Equal(Neo4jErrorCodes.Unavailable, down.Code);
        Assert.Equal(2, proxy.RequestLines.Count(l => l == "GET / HTTP/1.1"));
    }
}
