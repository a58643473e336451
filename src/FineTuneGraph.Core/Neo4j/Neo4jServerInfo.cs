namespace FineTuneGraph.Neo4j;

/// <summary>What discovery learned about the server.</summary>
/// <param name="Version">The server version, e.g. <c>3.1.1</c> or <c>5.26.0</c>.</param>
/// <param name="Edition">community or enterprise.</param>
/// <param name="Database">The database the client works on; on 3.x the server's single database.</param>
/// <param name="TransactionPath">Path of the transaction endpoint, e.g. <c>/db/data/transaction</c> or <c>/db/neo4j/tx</c>.</param>
/// <param name="BoltUri">The Bolt address the server advertises, when it does.</param>
public sealed record Neo4jServerInfo(
    Version Version,
    string Edition,
    string Database,
    string TransactionPath,
    string? BoltUri)
{
    /// <summary>True for 3.x servers, which have one database and the older DDL.</summary>
    public bool IsLegacy3x => Version.Major < 4;

    /// <summary>Path that runs statements in one auto-commit transaction.</summary>
    public string CommitPath => TransactionPath.TrimEnd('/') + "/commit";
}
