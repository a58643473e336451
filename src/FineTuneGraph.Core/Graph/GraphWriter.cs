using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Graph;

/// <summary>Writes one batch of projected papers in one explicit transaction: the write path of a build, without extraction.</summary>
public sealed class GraphWriter(ICypherClient client)
{
    public async Task<LoadCounters> WriteAsync(IReadOnlyList<PaperGraph> graphs, CancellationToken cancellationToken)
    {
        var transaction = await client.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var results = await transaction.RunAsync(GraphBatchStatements.For(graphs), cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return LoadCounters.From(results);
        }
    }
}
