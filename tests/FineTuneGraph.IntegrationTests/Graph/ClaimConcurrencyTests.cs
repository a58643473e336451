using FineTuneGraph.Graph;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.IntegrationTests.Graph;

/// <summary>
/// Two builds adding support to one aggregated edge at once. The second must read the edge's lists only once it holds
/// the edge's lock: read before, they are the state before the first build's commit (its paper is lost when the
/// second writes) or, read one list at a time, from two commits (lists that no longer line up, a null in them).
/// </summary>
public sealed class ClaimConcurrencyTests(Neo4jTestServer server) : IAsyncLifetime
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await server.ResetDatabaseAsync();
        await new GraphSchema(server.Client).EnsureAsync(Token);
        await server.Client.RunAsync("CREATE (:Method {key: 'dpo'})-[:EVALUATED_ON {papers: ['p0'], evidences: ['e0'], count: 1, evidence: 'e0'}]->(:Dataset {key: 'gsm8k'})", cancellationToken: Token);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task MergeClaims_TwoTransactionsOnOneEdge_KeepBothPapersAligned()
    {
        await using var first = await server.Client.BeginTransactionAsync(Token);
        await first.RunAsync([Claim("p1", "e1")], Token);

        // The second waits for the first's lock; the first commits after it has started.
        var second = server.Client.RunAsync([Claim("p2", "e2")], Token);
        await Task.Delay(TimeSpan.FromSeconds(1), Token);
        Assert.False(second.IsCompleted, "the second build did not wait for the edge's lock");
        await first.CommitAsync(Token);
        await second.WaitAsync(TimeSpan.FromSeconds(30), Token);

        var edge = await server.Client.RunAsync("MATCH (:Method {key: 'dpo'})-[r:EVALUATED_ON]->(:Dataset {key: 'gsm8k'}) RETURN r.papers AS papers, r.evidences AS evidences, r.count AS count", cancellationToken: Token);
        Assert.Equal(["p0", "p1", "p2"], ((IEnumerable<object?>)edge.Value(0, "papers")!).Cast<string>());
        Assert.Equal(["e0", "e1", "e2"], ((IEnumerable<object?>)edge.Value(0, "evidences")!).Cast<string>());
        Assert.Equal(3L, edge.Value(0, "count"));
    }

    private static CypherStatement Claim(string paper, string evidence) =>
        LoadStatements.Statement(
            "merge-claims",
            new Dictionary<string, object?> { ["rows"] = new[] { new Dictionary<string, object?> { ["from"] = "dpo", ["to"] = "gsm8k", ["papers"] = new[] { paper }, ["evidences"] = new[] { evidence } } } },
            ("FROM_LABEL", "Method"), ("TO_LABEL", "Dataset"), ("CLAIM_TYPE", "EVALUATED_ON"));
}
