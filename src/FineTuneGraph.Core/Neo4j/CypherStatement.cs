namespace FineTuneGraph.Neo4j;

/// <summary>One Cypher statement and its parameters. Values only ever travel as parameters.</summary>
/// <param name="Text">The Cypher text, with <c>$name</c> placeholders.</param>
/// <param name="Parameters">Parameter values: strings, numbers, booleans, null, lists and maps of those.</param>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    /// <summary>A statement without parameters.</summary>
    public CypherStatement(string text)
        : this(text, NoParameters)
    {
    }
}
