using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace FineTuneGraph.Neo4j;

/// <summary>
/// <see cref="ICypherClient"/> over Neo4j's transactional HTTP API (3.x <c>/db/data/transaction</c>,
/// 4.x/5.x <c>/db/{database}/tx</c>), with Basic auth and Polly resilience.
/// </summary>
internal sealed partial class Neo4jHttpClient : ICypherClient
{
    /// <summary>The name of the <see cref="HttpClient"/> registered for Neo4j.</summary>
    public const string HttpClientName = "FineTuneGraph.Neo4j";

    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private static readonly Version AccessModeSince = new(4, 4, 4);

    private readonly IHttpClientFactory _httpClientFactory;
    private readonly Neo4jOptions _options;
    private readonly ILogger<Neo4jHttpClient> _logger;
    private readonly ResiliencePipeline _pipeline;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly TimeProvider _timeProvider;

    public Neo4jHttpClient(IHttpClientFactory httpClientFactory, IOptions<Neo4jOptions> options, TimeProvider timeProvider, ILogger<Neo4jHttpClient> logger)
    {
        _httpClientFactory = httpClientFactory;
        _options = options.Value;
        _logger = logger;
        _timeProvider = timeProvider;
        _pipeline = Neo4jResiliencePipeline.Create(_options, timeProvider, logger);
        _authorization = string.IsNullOrEmpty(_options.Password)
            ? null
            : new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.Username}:{_options.Password}")));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        var server = await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        // Parsed inside the retried call: a Neo.TransientError arrives as HTTP 200 with an errors array.
        return await SendAsync(HttpMethod.Post, server.CommitPath, CypherParameterWriter.WriteRequest(statements), retryable: true, ReadResults, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default) =>
        BeginTransactionAsync(CypherAccessMode.Write, cancellationToken);

    /// <inheritdoc/>
    public async Task<ICypherTransaction> BeginTransactionAsync(CypherAccessMode accessMode, CancellationToken cancellationToken = default)
    {
        var server = await GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        // The HTTP API takes the access mode on the request that opens the transaction, from Neo4j 4.4.4 on.
        var readOnly = accessMode == CypherAccessMode.Read && server.Version >= AccessModeSince;
        // Opening a transaction changes nothing on the server, so it is safe to retry.
        var reply = await SendAsync(HttpMethod.Post, server.TransactionPath, CypherParameterWriter.WriteRequest([]), retryable: true, static reply => reply, cancellationToken, accessMode: readOnly ? "READ" : null).ConfigureAwait(false);
        var response = TransactionResponse.Parse(reply.Body);
        response.ThrowOnError();
        var location = reply.Location
            ?? throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, "Neo4j opened a transaction but sent no Location header.");
        return new Neo4jHttpTransaction(this, PathOf(location));
    }

    internal sealed record Reply(HttpStatusCode Status, string Body, Uri? Location);

    internal Task<Reply> SendAsync(HttpMethod method, string path, byte[]? body, bool retryable, CancellationToken cancellationToken, TimeSpan? attemptTimeout = null) =>
        SendAsync(method, path, body, retryable, static reply => reply, cancellationToken, attemptTimeout);

    /// <summary>
    /// Sends a request through the resilience pipeline; <paramref name="read"/> runs inside each attempt, so what it
    /// throws counts for retries. Each attempt may take <paramref name="attemptTimeout"/> (default
    /// <see cref="Neo4jOptions.RequestTimeout"/>); retries stop after <see cref="Neo4jOptions.RetryTimeout"/>.
    /// </summary>
    internal async Task<T> SendAsync<T>(HttpMethod method, string path, byte[]? body, bool retryable, Func<Reply, T> read, CancellationToken cancellationToken, TimeSpan? attemptTimeout = null, string? accessMode = null)
    {
        var timeout = attemptTimeout ?? _options.RequestTimeout;
        var attempts = new StrongBox<int>();
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(Neo4jResiliencePipeline.Retryable, retryable);
        context.Properties.Set(Neo4jResiliencePipeline.AttemptTimeout, timeout);
        context.Properties.Set(Neo4jResiliencePipeline.FirstAttempt, _timeProvider.GetTimestamp());
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    state.attempts.Value++;
                    return state.read(await state.self.SendOnceAsync(state.method, state.path, state.body, state.accessMode, ctx.CancellationToken).ConfigureAwait(false));
                },
                context,
                (self: this, method, path, body, read, attempts, accessMode)).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new Neo4jException(Neo4jErrorCodes.Unavailable, $"Neo4j at {_options.GetBaseUri()} did not answer within {timeout.TotalSeconds:0.#} s{AttemptsNote(attempts.Value)}.", ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new Neo4jException(Neo4jErrorCodes.Unavailable, $"Neo4j at {_options.GetBaseUri()} kept failing, so requests are paused for {_options.CircuitBreakDuration.TotalSeconds:0.#} s (circuit open).", ex);
        }
        catch (Neo4jException ex) when (ex.IsTransient && attempts.Value > 1)
        {
            throw new Neo4jException(ex.Code, ex.Message + AttemptsNote(attempts.Value), ex);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static string AttemptsNote(int attempts) => attempts > 1 ? $" (gave up after {attempts} attempts)" : string.Empty;

    private async Task<Reply> SendOnceAsync(HttpMethod method, string path, byte[]? body, string? accessMode, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_options.GetBaseUri(), path.TrimStart('/')));
        request.Headers.Accept.Add(Json);
        request.Headers.Authorization = _authorization;
        if (accessMode is not null)
        {
            request.Headers.Add("Access-Mode", accessMode);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        var client = _httpClientFactory.CreateClient(HttpClientName);
        HttpResponseMessage response;
        try
        {
            response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Not our cancellation: the handler's connect timeout (an address where nothing accepts).
            ForgetServer();
            throw new Neo4jException(Neo4jErrorCodes.Unavailable, $"Neo4j at {_options.GetBaseUri()} did not accept a connection within {_options.ConnectTimeout.TotalSeconds:0.#} s", ex);
        }
        catch (HttpRequestException ex)
        {
            // The server may come back restarted or upgraded: find out what it is again before the next statement.
            ForgetServer();
            throw ConnectionFailure.From(ex, _options.GetBaseUri());
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            ThrowOnHttpError(response.StatusCode, text);
            return new Reply(response.StatusCode, text, response.Headers.Location);
        }
    }

    private void ThrowOnHttpError(HttpStatusCode status, string body)
    {
        if ((int)status < 400)
        {
            return;
        }

        var (code, message) = FirstError(body);
        switch (status)
        {
            case HttpStatusCode.Unauthorized:
            case HttpStatusCode.Forbidden:
            case HttpStatusCode.TooManyRequests:
                var authCode = code ?? (status == HttpStatusCode.TooManyRequests ? Neo4jErrorCodes.AuthenticationRateLimit : Neo4jErrorCodes.Unauthorized);
                throw new Neo4jAuthenticationException(authCode, message ?? $"HTTP {(int)status}.", _options.Username, _options.GetBaseUri());
            case >= HttpStatusCode.InternalServerError:
                throw new Neo4jException(
                    code is not null && Neo4jErrorClassifier.Classify(code) == Neo4jErrorCategory.Transient ? code : Neo4jErrorCodes.ServerError,
                    $"Neo4j at {_options.GetBaseUri()} answered HTTP {(int)status}{(message is null ? "." : ": " + message)}");
            default:
                throw new Neo4jException(code ?? Neo4jErrorCodes.UnexpectedResponse, message ?? $"Neo4j answered HTTP {(int)status}.");
        }
    }

    private static (string? Code, string? Message) FirstError(string body)
    {
        try
        {
            var parsed = TransactionResponse.Parse(body);
            return parsed.Errors.Count > 0 ? parsed.Errors[0] : (null, null);
        }
        catch (Neo4jException)
        {
            return (null, null);
        }
    }

    private static IReadOnlyList<CypherResult> ReadResults(Reply reply)
    {
        var response = TransactionResponse.Parse(reply.Body);
        response.ThrowOnError();
        return response.Results;
    }

    internal void ReportRollbackFailure(string reason) => Log.RollbackFailed(_logger, reason);

    private static string PathOf(Uri location) => location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
}
