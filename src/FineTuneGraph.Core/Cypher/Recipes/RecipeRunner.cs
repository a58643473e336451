using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Cypher.Recipes;

/// <summary>
/// Runs recipes so that they cannot change the graph: each runs in an explicit transaction that is always rolled
/// back. That works the same on every server version (Neo4j 3.1's HTTP API has no read-only access mode), and a
/// recipe that tried to write leaves nothing behind.
/// </summary>
public sealed class RecipeRunner(ICypherClient client)
{
    /// <summary>Runs <paramref name="recipe"/> with <paramref name="values"/> (from <see cref="Recipe.Bind"/>) and returns its result.</summary>
    public async Task<CypherResult> RunAsync(Recipe recipe, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var transaction = await client.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var results = await transaction.RunAsync([recipe.ToStatement(values)], cancellationToken).ConfigureAwait(false);
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return results[0];
        }
    }
}
