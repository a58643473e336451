namespace FineTuneGraph.Neo4j;

/// <summary>A failure reported by Neo4j (its status code and message) or met while talking to it.</summary>
public class Neo4jException : Exception
{
    /// <summary>Creates the exception for a Neo4j status code such as <c>Neo.ClientError.Statement.SyntaxError</c>.</summary>
    public Neo4jException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
        Category = Neo4jErrorClassifier.Classify(code);
    }

    /// <summary>The Neo4j status code, or one of <see cref="Neo4jErrorCodes"/>.</summary>
    public string Code { get; }

    /// <summary>How the failure is handled.</summary>
    public Neo4jErrorCategory Category { get; }

    /// <summary>True when retrying may succeed.</summary>
    public bool IsTransient => Category == Neo4jErrorCategory.Transient;

    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message}";
}
