namespace FineTuneGraph.Neo4j;

/// <summary>Shorthands for the common single-statement case.</summary>
public static class CypherClientExtensions
{
    /// <summary>Runs one statement in its own auto-commit transaction.</summary>
    public static async Task<CypherResult> RunAsync(
        this ICypherClient client,
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        var statement = parameters is null ? new CypherStatement(cypher) : new CypherStatement(cypher, parameters);
        var results = await client.RunAsync([statement], cancellationToken).ConfigureAwait(false);
        return results[0];
    }

    /// <summary>Runs one statement inside an explicit transaction.</summary>
    public static async Task<CypherResult> RunAsync(
        this ICypherTransaction transaction,
        string cypher,
        IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellationToken = default)
    {
        var statement = parameters is null ? new CypherStatement(cypher) : new CypherStatement(cypher, parameters);
        var results = await transaction.RunAsync([statement], cancellationToken).ConfigureAwait(false);
        return results[0];
    }
}
