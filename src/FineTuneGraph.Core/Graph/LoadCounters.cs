using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Graph;

/// <summary>What statements changed, summed from the server's update counters.</summary>
public sealed record LoadCounters(long NodesCreated, long NodesDeleted, long RelationshipsCreated, long RelationshipsDeleted, long PropertiesSet)
{
    public static LoadCounters Zero { get; } = new(0, 0, 0, 0, 0);

    public static LoadCounters From(IEnumerable<CypherResult> results) => results.Aggregate(Zero, (sum, r) => sum + new LoadCounters(
        r.Counter("nodes_created"), r.Counter("nodes_deleted"), r.Counter("relationships_created"), r.Counter("relationships_deleted"), r.Counter("properties_set")));

    public static LoadCounters operator +(LoadCounters a, LoadCounters b) => new(
        a.NodesCreated + b.NodesCreated, a.NodesDeleted + b.NodesDeleted, a.RelationshipsCreated + b.RelationshipsCreated,
        a.RelationshipsDeleted + b.RelationshipsDeleted, a.PropertiesSet + b.PropertiesSet);
}
