namespace FineTuneGraph.Neo4j;

/// <summary>What a transaction may do: servers that know access modes refuse writes in a <see cref="Read"/> transaction.</summary>
public enum CypherAccessMode
{
    /// <summary>Reads and writes (the default).</summary>
    Write,

    /// <summary>Reads only, where the server supports it (HTTP <c>Access-Mode: READ</c>, Neo4j 4.4.4 and later).</summary>
    Read,
}
