namespace FineTuneGraph.Neo4j;

/// <summary>
/// Every database call of FineTuneGraph goes through this interface, so that the HTTP implementation
/// can be replaced by a Bolt driver without touching the callers.
/// </summary>
public interface ICypherClient
{
    /// <summary>Discovers the server once (version, edition, endpoints) and checks the credentials.</summary>
    Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs the statements in one auto-commit transaction: all of them apply, or none.</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default);

    /// <summary>Opens an explicit transaction that spans several requests.</summary>
    Task<ICypherTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Opens an explicit transaction with an access mode. Servers without access modes (before Neo4j 4.4.4) open
    /// an ordinary transaction: a caller that must not write rolls it back.
    /// </summary>
    Task<ICypherTransaction> BeginTransactionAsync(CypherAccessMode accessMode, CancellationToken cancellationToken = default);
}
