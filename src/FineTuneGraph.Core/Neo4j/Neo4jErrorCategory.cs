namespace FineTuneGraph.Neo4j;

/// <summary>How a failure should be handled.</summary>
public enum Neo4jErrorCategory
{
    /// <summary>The request was wrong (syntax, constraint, parameters): never retried.</summary>
    Client,

    /// <summary>Credentials refused or rate-limited: never retried, so a wrong password is not hammered.</summary>
    Security,

    /// <summary>Worth retrying: Neo.TransientError.*, no connection, timeouts, HTTP 5xx.</summary>
    Transient,

    /// <summary>The database failed internally (Neo.DatabaseError.*): not retried.</summary>
    Database,
}
