using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Cypher.Recipes;

/// <summary>
/// Runs recipes so that they cannot change the graph: each runs in an explicit read transaction (Neo4j 4.4.4 and
/// later refuse writes in it) that is always rolled back, which is what keeps the graph unchanged on servers without
/// access modes (Neo4j 3.1's HTTP API has none): a recipe that tried to write leaves nothing behind.
/// </summary>
public sealed class RecipeRunner(ICypherClient client)
{
    /// <summary>Runs <paramref name="recipe"/> with <paramref name="values"/> (from <see cref="Recipe.Bind"/>) and returns its result.</summary>
    public async Task<CypherResult> RunAsync(Recipe recipe, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipe);
        var transaction = await client.BeginTransactionAsync(CypherAccessMode.Read, cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var results = await transaction.RunAsync([recipe.ToStatement(values)], cancellationToken).ConfigureAwait(false);
            await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
            return results[0];
        }
    }
}
