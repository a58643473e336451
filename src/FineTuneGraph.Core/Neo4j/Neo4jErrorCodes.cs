namespace FineTuneGraph.Neo4j;

/// <summary>
/// Status codes for failures that Neo4j itself does not name (the server could not be reached, or answered
/// something unexpected). Neo4j's own codes (<c>Neo.ClientError.*</c>, ...) are passed through unchanged.
/// </summary>
public static class Neo4jErrorCodes
{
    /// <summary>No answer: connection refused, reset, or a request timed out.</summary>
    public const string Unavailable = "FineTuneGraph.Unavailable";

    /// <summary>A TLS handshake failed (https:// against the HTTP port, an untrusted certificate): configuration, not retried.</summary>
    public const string TlsFailed = "FineTuneGraph.TlsFailed";

    /// <summary>The server answered with HTTP 5xx and no Neo4j error document.</summary>
    public const string ServerError = "FineTuneGraph.ServerError";

    /// <summary>The answer was not the JSON the HTTP API documents.</summary>
    public const string UnexpectedResponse = "FineTuneGraph.UnexpectedResponse";

    /// <summary>Neo4j's code for wrong credentials.</summary>
    public const string Unauthorized = "Neo.ClientError.Security.Unauthorized";

    /// <summary>Neo4j 3.x answers this for about 5 s after three failed logins.</summary>
    public const string AuthenticationRateLimit = "Neo.ClientError.Security.AuthenticationRateLimit";
}
