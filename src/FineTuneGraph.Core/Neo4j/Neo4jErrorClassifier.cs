namespace FineTuneGraph.Neo4j;

/// <summary>The one place that decides which failures are retried.</summary>
public static class Neo4jErrorClassifier
{
    /// <summary>Classifies a Neo4j status code or one of <see cref="Neo4jErrorCodes"/>.</summary>
    public static Neo4jErrorCategory Classify(string code) => code switch
    {
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => Neo4jErrorCategory.Transient,
        _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => Neo4jErrorCategory.Security,
        _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => Neo4jErrorCategory.Client,
        _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => Neo4jErrorCategory.Database,
        Neo4jErrorCodes.Unavailable or Neo4jErrorCodes.ServerError => Neo4jErrorCategory.Transient,
        _ => Neo4jErrorCategory.Client,
    };
}
