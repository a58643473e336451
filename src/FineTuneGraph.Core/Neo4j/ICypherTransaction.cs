namespace FineTuneGraph.Neo4j;

/// <summary>An explicit transaction. Disposing it without <see cref="CommitAsync"/> rolls it back.</summary>
public interface ICypherTransaction : IAsyncDisposable
{
    /// <summary>Runs statements inside the transaction. A Neo4j error rolls the whole transaction back.</summary>
    Task<IReadOnlyList<CypherResult>> RunAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken = default);

    /// <summary>Commits everything run so far.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);

    /// <summary>Discards everything run so far.</summary>
    Task RollbackAsync(CancellationToken cancellationToken = default);
}
