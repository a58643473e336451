using FineTuneGraph.IntegrationTests.Support;
using static FineTuneGraph.IntegrationTests.Graph.GraphBuildKit;

namespace FineTuneGraph.IntegrationTests.Recipes;

/// <summary>The bundled sample built into the test server once for the recipe tests (test collections run one at a time).</summary>
internal static class SampleGraph
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static bool _built;

    public static async Task EnsureAsync(Neo4jTestServer server)
    {
        await Gate.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (_built && await server.CountAsync("MATCH (p:Paper) RETURN count(p) AS n") == 86 && await server.CountAsync("MATCH (i:Ingest) RETURN count(i) AS n") == 1)
            {
                return;
            }

            await server.ResetDatabaseAsync();
            using var host = await server.StartHostAsync();
            await host.BuildAsync(await SampleAsync(host));
            _built = true;
        }
        finally
        {
            Gate.Release();
        }
    }
}
