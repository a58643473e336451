namespace FineTuneGraph.Neo4j;

/// <summary>An open transaction on the HTTP API: POST to its URL to run, POST to /commit to commit, DELETE to roll back.</summary>
internal sealed class Neo4jHttpTransaction(Neo4jHttpClient client, string path) : ICypherTransaction
{
    private static readonly TimeSpan RollbackTimeout = TimeSpan.FromSeconds(3);
    private bool _finished;

    public async Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default)
    {
        ThrowIfFinished();
        var response = await PostAsync(path, statements, cancellationToken).ConfigureAwait(false);
        return response.Results;
    }

    public async Task CommitAsync(CancellationToken cancellationToken = default)
    {
        ThrowIfFinished();
        await PostAsync(path.TrimEnd('/') + "/commit", [], cancellationToken).ConfigureAwait(false);
        _finished = true;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken = default)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        var reply = await client.SendAsync(HttpMethod.Delete, path, body: null, retryable: false, cancellationToken).ConfigureAwait(false);
        // Neo4j 3.1 answers 200 with an empty body when the transaction was still running a request (one the client
        // gave up on): it terminated that transaction, which is the rollback asked for.
        if (!string.IsNullOrWhiteSpace(reply.Body))
        {
            TransactionResponse.Parse(reply.Body).ThrowOnError();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished)
        {
            return;
        }

        try
        {
            // Bounded, as disposal runs while a cancelled build unwinds (a worker stopping within its grace period).
            using var bounded = new CancellationTokenSource(RollbackTimeout);
            await RollbackAsync(bounded.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Neo4jException or OperationCanceledException)
        {
            // The server rolls back an abandoned transaction when it expires, so this is not fatal.
            client.ReportRollbackFailure(ex.Message);
        }
    }

    // Statements inside an open transaction are not retried: a request that timed out may have run.
    // Callers retry the whole transaction instead (a batch is all-or-nothing).
    private async Task<TransactionResponse> PostAsync(string target, IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        var reply = await client.SendAsync(HttpMethod.Post, target, CypherParameterWriter.WriteRequest(statements), retryable: false, cancellationToken).ConfigureAwait(false);
        var response = TransactionResponse.Parse(reply.Body);

        if (response.Errors.Count > 0)
        {
            // Neo4j has already rolled the transaction back.
            _finished = true;
            response.ThrowOnError();
        }

        return response;
    }

    private void ThrowIfFinished()
    {
        if (_finished)
        {
            throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        }
    }
}
