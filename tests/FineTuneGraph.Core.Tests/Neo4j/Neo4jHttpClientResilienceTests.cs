using System.Net;
using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Core.Tests.Neo4j;

/// <summary>
/// Which failures the client retries. The server is scripted here because these are decisions of the client;
/// the same behaviour against the real Neo4j is covered in FineTuneGraph.IntegrationTests.
/// </summary>
public sealed class Neo4jHttpClientResilienceTests
{
    private const string Root = """{"transaction":"http://localhost:7474/db/{databaseName}/tx","neo4j_version":"5.26.0","neo4j_edition":"community"}""";
    private const string Components = """{"results":[{"columns":["name","versions","edition"],"data":[{"row":["Neo4j Kernel",["5.26.0"],"community"]}]}],"errors":[]}""";
    private const string One = """{"results":[{"columns":["x"],"data":[{"row":[1]}]}],"errors":[]}""";
    private const string Commit = "/db/neo4j/tx/commit";

    private readonly ScriptedHttpHandler _server = new ScriptedHttpHandler()
        .On(HttpMethod.Get, "/", (HttpStatusCode.OK, Root))
        .On(HttpMethod.Post, Commit, (HttpStatusCode.OK, Components));

    [Fact]
    public async Task RunAsync_Http503ThenSuccess_IsRetriedUntilItSucceeds()
    {
        var client = await ConnectedClientAsync();
        _server.On(HttpMethod.Post, Commit, (HttpStatusCode.ServiceUnavailable, ""), (HttpStatusCode.ServiceUnavailable, ""), (HttpStatusCode.OK, One));

        var result = await client.RunAsync("RETURN 1 AS x", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1L, result.Value(0, "x"));
        Assert.Equal(1 + 3, _server.Count(HttpMethod.Post, Commit));
    }

    [Fact]
    public async Task RunAsync_TransientErrorInBody_IsRetried()
    {
        var client = await ConnectedClientAsync();
        _server.On(HttpMethod.Post, Commit,
            (HttpStatusCode.OK, """{"results":[],"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}"""),
            (HttpStatusCode.OK, One));

        await client.RunAsync("RETURN 1 AS x", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1 + 2, _server.Count(HttpMethod.Post, Commit));
    }

    [Fact]
    public async Task RunAsync_SyntaxError_IsNotRetried()
    {
        var client = await ConnectedClientAsync();
        _server.On(HttpMethod.Post, Commit, (HttpStatusCode.OK, """{"results":[],"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input"}]}"""));

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("MATC (n) RETURN n", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
        Assert.Equal(1 + 1, _server.Count(HttpMethod.Post, Commit));
    }

    [Fact]
    public async Task GetServerInfoAsync_WrongPassword_FailsOnceWithoutRetryAndWithoutThePassword()
    {
        var server = new ScriptedHttpHandler()
            .On(HttpMethod.Get, "/", (HttpStatusCode.OK, Root))
            .On(HttpMethod.Post, Commit, (HttpStatusCode.Unauthorized, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}"""));
        var client = CreateClient(server);

        var ex = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.GetServerInfoAsync(TestContext.Current.CancellationToken));

        Assert.Equal(1, server.Count(HttpMethod.Post, Commit));
        Assert.Contains("refused the credentials of user 'neo4j'", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetServerInfoAsync_RateLimited_IsAnAuthenticationErrorAndNotRetried()
    {
        var server = new ScriptedHttpHandler()
            .On(HttpMethod.Get, "/", (HttpStatusCode.OK, Root))
            .On(HttpMethod.Post, Commit, (HttpStatusCode.TooManyRequests, """{"errors":[{"code":"Neo.ClientError.Security.AuthenticationRateLimit","message":"Too many failed authentication requests. Please wait 5 seconds and try again."}]}"""));
        var client = CreateClient(server);

        var ex = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => client.GetServerInfoAsync(TestContext.Current.CancellationToken));

        Assert.Equal(Neo4jErrorCodes.AuthenticationRateLimit, ex.Code);
        Assert.Equal(1, server.Count(HttpMethod.Post, Commit));
    }

    [Fact]
    public async Task RunAsync_Http503ForEveryAttempt_GivesUpNamingTheAttempts()
    {
        var client = await ConnectedClientAsync();
        _server.On(HttpMethod.Post, Commit, (HttpStatusCode.ServiceUnavailable, ""));

        var ex = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync("RETURN 1", cancellationToken: TestContext.Current.CancellationToken));

        Assert.True(ex.IsTransient);
        Assert.EndsWith("(gave up after 3 attempts)", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1 + 3, _server.Count(HttpMethod.Post, Commit));
    }

    [Fact]
    public async Task TransactionRunAsync_Http503_IsNotRetriedBecauseTheStatementMayHaveRun()
    {
        var client = await ConnectedClientAsync();
        _server.On(HttpMethod.Post, "/db/neo4j/tx", (HttpStatusCode.Created, """{"commit":"http://localhost:7474/db/neo4j/tx/7/commit","results":[],"errors":[]}"""));
        _server.On(HttpMethod.Post, "/db/neo4j/tx/7", (HttpStatusCode.ServiceUnavailable, ""));
        _server.On(HttpMethod.Delete, "/db/neo4j/tx/7", (HttpStatusCode.OK, """{"results":[],"errors":[]}"""));

        await using (var transaction = await client.BeginTransactionAsync(TestContext.Current.CancellationToken))
        {
            await Assert.ThrowsAsync<Neo4jException>(() => transaction.RunAsync("CREATE (:X)", cancellationToken: TestContext.Current.CancellationToken));
        }

        Assert.Equal(1, _server.Count(HttpMethod.Post, "/db/neo4j/tx/7"));
        Assert.Equal(1, _server.Count(HttpMethod.Delete, "/db/neo4j/tx/7"));
    }

    [Fact]
    public async Task Requests_CarryBasicAuthAndAskForJson()
    {
        var client = await ConnectedClientAsync();

        var post = _server.Requests.Last();
        Assert.Equal("Basic", post.Headers.Authorization?.Scheme);
        Assert.Equal("bmVvNGo6czNjcmV0", post.Headers.Authorization?.Parameter); // neo4j:s3cret
        Assert.Contains(post.Headers.Accept, a => a.MediaType == "application/json");
        Assert.Equal(new Version(5, 26, 0), (await client.GetServerInfoAsync(TestContext.Current.CancellationToken)).Version);
    }

    [Theory]
    [InlineData(CypherAccessMode.Read, "READ")]
    [InlineData(CypherAccessMode.Write, null)]
    public async Task BeginTransactionAsync_AccessModeOnNeo4j5_IsSentOnTheOpeningRequest(CypherAccessMode mode, string? header)
    {
        var client = await ConnectedClientAsync();
        _server.On(HttpMethod.Post, "/db/neo4j/tx", (HttpStatusCode.Created, """{"results":[],"errors":[]}"""));

        await using var transaction = await client.BeginTransactionAsync(mode, TestContext.Current.CancellationToken);
        _server.On(HttpMethod.Delete, "/db/neo4j/tx/7", (HttpStatusCode.OK, """{"results":[],"errors":[]}"""));

        var opening = Assert.Single(_server.Requests, r => r.Method == HttpMethod.Post && r.RequestUri!.AbsolutePath == "/db/neo4j/tx");
        Assert.Equal(header, opening.Headers.TryGetValues("Access-Mode", out var values) ? Assert.Single(values) : null);
    }

    private async Task<ICypherClient> ConnectedClientAsync()
    {
        var client = CreateClient(_server);
        await client.GetServerInfoAsync(TestContext.Current.CancellationToken);
        return client;
    }

    private static Neo4jHttpClient CreateClient(ScriptedHttpHandler handler)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(Neo4jHttpClient.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => handler);
        var factory = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        var options = Options.Create(new Neo4jOptions
        {
            Uri = "http://localhost:7474",
            Password = "s3cret",
            MaxRetryAttempts = 2,
            RetryBaseDelay = TimeSpan.Zero,
        });
        return new Neo4jHttpClient(factory, options, TimeProvider.System, NullLogger<Neo4jHttpClient>.Instance);
    }
}
