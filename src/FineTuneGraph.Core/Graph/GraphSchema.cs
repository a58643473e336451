using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Graph;

/// <summary>The unique keys of every label, and full-text indexes where the server has idempotent DDL for them.</summary>
public static class GraphSchema
{
    public static async Task EnsureAsync(ICypherClient client, Neo4jDialect dialect, CancellationToken cancellationToken)
    {
        // Schema changes cannot share a transaction with each other on 3.x, so each runs on its own.
        foreach (var (label, key) in GraphVocabulary.Keys)
        {
            await client.RunAsync([dialect.CreateUniqueConstraint(label, key)], cancellationToken).ConfigureAwait(false);
        }

        foreach (var index in new[]
        {
            dialect.CreateFulltextIndex("ftg_paper_text", GraphVocabulary.Paper, ["title", "abstract"]),
            dialect.CreateFulltextIndex("ftg_finding_text", GraphVocabulary.Finding, ["text"]),
        })
        {
            if (index is not null)
            {
                await client.RunAsync([index], cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
