using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace FineTuneGraph.IntegrationTests.Neo4j;

public sealed class Neo4jHttpClientTests(Neo4jTestServer server) : IAsyncLifetime
{
    private readonly ICypherClient _client = server.Client;

    public async ValueTask InitializeAsync() => await server.ResetDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task GetServerInfoAsync_LocalServer_DiscoversNeo4j311Community()
    {
        var info = await _client.GetServerInfoAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new Version(3, 1, 1), info.Version);
        Assert.Equal("community", info.Edition);
        Assert.Equal("/db/data/transaction", info.TransactionPath);
        Assert.Equal($"bolt://127.0.0.1:{Neo4jTestServer.BoltPort}", info.BoltUri);
    }

    [Fact]
    public async Task RunAsync_ParametersOfEveryJsonType_RoundTrip()
    {
        var parameters = new Dictionary<string, object?>
        {
            ["s"] = "text",
            ["i"] = long.MaxValue,
            ["neg"] = -42,
            ["f"] = 0.1,
            ["t"] = true,
            ["n"] = null,
            ["list"] = new object?[] { 1, "two", 3.5, false, null },
            ["map"] = new Dictionary<string, object?> { ["k"] = "v", ["nested"] = new Dictionary<string, object?> { ["x"] = new[] { 1, 2 } } },
        };

        var result = await _client.RunAsync(
            "RETURN $s AS s, $i AS i, $neg AS neg, $f AS f, $t AS t, $n AS n, $list AS list, $map AS map",
            parameters,
            TestContext.Current.CancellationToken);

        Assert.Equal("text", result.Value(0, "s"));
        Assert.Equal(long.MaxValue, result.Value(0, "i"));
        Assert.Equal(-42L, result.Value(0, "neg"));
        Assert.Equal(0.1, result.Value(0, "f"));
        Assert.Equal(true, result.Value(0, "t"));
        Assert.Null(result.Value(0, "n"));
        Assert.Equal(new object?[] { 1L, "two", 3.5, false, null }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Value(0, "list")));
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Value(0, "map"));
        Assert.Equal("v", map["k"]);
        var nested = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["nested"]);
        Assert.Equal(new object?[] { 1L, 2L }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(nested["x"]));
    }

    [Theory]
    [InlineData("Ünïcödé ✓ 日本語 🚀 — “quotes”")]
    [InlineData("it's \"quoted\" and \\backslashed\\")]
    [InlineData("`Method`) DETACH DELETE n //")]
    [InlineData("'}) MATCH (x) DETACH DELETE x //")]
    public async Task RunAsync_AwkwardStrings_AreStoredVerbatimAndNeverExecuted(string name)
    {
        await _client.RunAsync("CREATE (:Keep {name: 'sentinel'})", cancellationToken: TestContext.Current.CancellationToken);

        await _client.RunAsync("CREATE (n:RoundTrip {name: $name})", new Dictionary<string, object?> { ["name"] = name }, TestContext.Current.CancellationToken);
        var read = await _client.RunAsync("MATCH (n:RoundTrip) RETURN n.name AS name", cancellationToken: TestContext.Current.CancellationToken);
        var kept = await _client.RunAsync("MATCH (n:Keep) RETURN count(n) AS c", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(name, read.Value(0, "name"));
        Assert.Equal(1L, kept.Value(0, "c"));
    }

    [Fact]
    public async Task RunAsync_NodeReturned_ComesBackAsAMapOfItsProperties()
    {
        await _client.RunAsync("CREATE (:Method {key: 'lora', aliases: ['LoRA', 'low-rank adaptation']})", cancellationToken: TestContext.Current.CancellationToken);

        var result = await _client.RunAsync("MATCH (m:Method) RETURN m", cancellationToken: TestContext.Current.CancellationToken);

        var node = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Value(0, "m"));
        Assert.Equal("lora", node["key"]);
        Assert.Equal(new object?[] { "LoRA", "low-rank adaptation" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(node["aliases"]));
    }

    [Fact]
    public async Task RunAsync_SyntaxError_ThrowsTheNeo4jCodeAndPosition()
    {
        var ex = await Assert.ThrowsAsync<Neo4jException>(() => _client.RunAsync("MATC (n) RETURN n", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
        Assert.Equal(Neo4jErrorCategory.Client, ex.Category);
        Assert.Contains("(line 1, column 5 (offset: 4))", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ConstraintViolation_ThrowsConstraintValidationFailed()
    {
        await _client.RunAsync("CREATE CONSTRAINT ON (m:Method) ASSERT m.key IS UNIQUE", cancellationToken: TestContext.Current.CancellationToken);
        await _client.RunAsync("CREATE (:Method {key: 'dpo'})", cancellationToken: TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => _client.RunAsync("CREATE (:Method {key: 'dpo'})", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", ex.Code);
        Assert.False(ex.IsTransient);
    }

    [Fact]
    public async Task RunAsync_SecondStatementFails_FirstIsRolledBackToo()
    {
        var statements = new[] { new CypherStatement("CREATE (:Probe)"), new CypherStatement("RETURN 1/0") };

        await Assert.ThrowsAsync<Neo4jException>(() => _client.RunAsync(statements, TestContext.Current.CancellationToken));

        var count = await _client.RunAsync("MATCH (p:Probe) RETURN count(p) AS c", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(0L, count.Value(0, "c"));
    }

    [Fact]
    public async Task RunAsync_ManyStatements_ReturnOneResultEach()
    {
        var statements = Enumerable.Range(1, 3)
            .Select(i => new CypherStatement("CREATE (n:Batch {i: $i}) RETURN n.i AS i", new Dictionary<string, object?> { ["i"] = i }))
            .ToArray();

        var results = await _client.RunAsync(statements, TestContext.Current.CancellationToken);

        Assert.Equal([1L, 2L, 3L], results.Select(r => r.Value(0, "i")));
        Assert.All(results, r => Assert.Equal(1, r.Counter("nodes_created")));
    }

    [Fact]
    public async Task Transaction_Rollback_LeavesNothingBehind()
    {
        await using (var transaction = await _client.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            await transaction.RunAsync("CREATE (:Draft {n: 1})", cancellationToken: TestContext.Current.CancellationToken);
            await transaction.RunAsync("CREATE (:Draft {n: 2})", cancellationToken: TestContext.Current.CancellationToken);
            var inside = await transaction.RunAsync("MATCH (d:Draft) RETURN count(d) AS c", cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(2L, inside.Value(0, "c"));
            await transaction.RollbackAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(0L, await CountAsync("Draft"));
    }

    [Fact]
    public async Task Transaction_CancelledWhileAStatementRuns_IsRolledBackWithoutComplaint()
    {
        var builder = server.CreateBuilder([]);
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        using var host = builder.Build();
        var client = host.Services.GetRequiredService<ICypherClient>();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        await using (var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            await transaction.RunAsync("CREATE (:Draft {n: 1})", cancellationToken: TestContext.Current.CancellationToken);
            cancel.CancelAfter(TimeSpan.FromMilliseconds(300));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                transaction.RunAsync("UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS n", cancellationToken: cancel.Token));
        }

        Assert.Equal(0L, await CountAsync("Draft"));
        Assert.DoesNotContain(host.Services.GetRequiredService<FakeLogCollector>().GetSnapshot(), r => r.Message.Contains("Rolling back", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Transaction_DisposedWithoutCommit_IsRolledBack()
    {
        await using (var transaction = await _client.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            await transaction.RunAsync("CREATE (:Abandoned)", cancellationToken: TestContext.Current.CancellationToken);
        }

        Assert.Equal(0L, await CountAsync("Abandoned"));
    }

    [Fact]
    public async Task Transaction_CommitOverSeveralRequests_KeepsEverything()
    {
        await using (var transaction = await _client.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            for (var batch = 0; batch < 3; batch++)
            {
                await transaction.RunAsync(
                    "UNWIND $rows AS row CREATE (:Loaded {i: row})",
                    new Dictionary<string, object?> { ["rows"] = Enumerable.Range(batch * 100, 100).ToArray() },
                    TestContext.Current.CancellationToken);
            }

            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        Assert.Equal(300L, await CountAsync("Loaded"));
    }

    [Fact]
    public async Task Transaction_ErrorInsideIt_RollsBackWhatItHadDone()
    {
        await using (var transaction = await _client.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            await transaction.RunAsync("CREATE (:Partial)", cancellationToken: TestContext.Current.CancellationToken);
            await Assert.ThrowsAsync<Neo4jException>(() => transaction.RunAsync("RETURN 1/0", cancellationToken: TestContext.Current.CancellationToken));
            await Assert.ThrowsAsync<InvalidOperationException>(() => transaction.CommitAsync(TestContext.Current.CancellationToken));
        }

        Assert.Equal(0L, await CountAsync("Partial"));
    }

    [Fact]
    public async Task GetServerInfoAsync_WrongPassword_ThrowsOneClearAuthenticationError()
    {
        using var host = server.CreateHost(("Neo4j:Password", "not-the-password"));
        var client = host.Services.GetRequiredService<ICypherClient>();

        var ex = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.GetServerInfoAsync(TestContext.Current.CancellationToken));

        Assert.Equal(Neo4jErrorCodes.Unauthorized, ex.Code);
        Assert.Equal("Invalid username or password.", ex.ServerMessage);
        Assert.DoesNotContain("not-the-password", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetServerInfoAsync_NoServerListening_RetriesThenFailsClearly()
    {
        var port = Neo4jTestServer.UnusedPort();
        using var host = server.CreateHost(("Neo4j:Uri", $"http://127.0.0.1:{port}"), ("Neo4j:MaxRetryAttempts", "2"), ("Neo4j:RetryBaseDelay", "00:00:00.050"));
        var client = host.Services.GetRequiredService<ICypherClient>();

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.GetServerInfoAsync(TestContext.Current.CancellationToken));

        Assert.Equal(Neo4jErrorCodes.Unavailable, ex.Code);
        Assert.Equal($"Neo4j at http://127.0.0.1:{port}/ is unreachable: Connection refused (127.0.0.1:{port}) (gave up after 3 attempts)", ex.Message);
    }

    private async Task<long> CountAsync(string label)
    {
        // Labels cannot be parameters; the callers pass literals from this file.
        var result = await _client.RunAsync($"MATCH (n:{label}) RETURN count(n) AS c", cancellationToken: TestContext.Current.CancellationToken);
        return (long)result.Value(0, "c")!;
    }
}
