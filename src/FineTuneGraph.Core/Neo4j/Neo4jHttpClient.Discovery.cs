using Microsoft.Extensions.Logging;

namespace FineTuneGraph.Neo4j;

internal sealed partial class Neo4jHttpClient
{
    private readonly SemaphoreSlim _discoveryLock = new(1, 1);
    private Neo4jServerInfo? _server;

    /// <inheritdoc />
    public async Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default)
    {
        if (Volatile.Read(ref _server) is { } known)
        {
            return known;
        }

        await _discoveryLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _server ??= await DiscoverAsync(cancellationToken).ConfigureAwait(false);
            return _server;
        }
        finally
        {
            _discoveryLock.Release();
        }
    }

    private void ForgetServer() => Volatile.Write(ref _server, null);

    private async Task<Neo4jServerInfo> DiscoverAsync(CancellationToken cancellationToken)
    {
        var root = await SendAsync(HttpMethod.Get, "/", body: null, retryable: true, cancellationToken, _options.DiscoveryTimeout).ConfigureAwait(false);
        var server = ServerDiscovery.ParseRoot(root.Body) switch
        {
            ServerDiscovery.ModernRoot modern => modern.ToServerInfo(_options.Database),
            ServerDiscovery.LegacyRoot legacy => ServerDiscovery.ParseLegacyData(
                (await SendAsync(HttpMethod.Get, legacy.DataPath, body: null, retryable: true, cancellationToken, _options.DiscoveryTimeout).ConfigureAwait(false)).Body,
                legacy.BoltUri),
            var other => throw new InvalidOperationException($"Unhandled discovery document {other}."),
        };

        // An authenticated query: proves the credentials on 4.x/5.x (whose GET / needs none) and names the edition on 3.x.
        var components = await SendAsync(
            HttpMethod.Post,
            server.CommitPath,
            CypherParameterWriter.WriteRequest([new CypherStatement("CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition")]),
            retryable: true,
            ReadResults,
            cancellationToken,
            _options.DiscoveryTimeout).ConfigureAwait(false);
        if (components is [{ Rows.Count: > 0 } result])
        {
            server = server with { Edition = result.Value(0, "edition") as string ?? server.Edition };
        }

        Log.Discovered(_logger, server.Version, server.Edition, _options.GetBaseUri(), server.Database);
        return server;
    }
}
