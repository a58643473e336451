namespace FineTuneGraph.Neo4j;

/// <summary>The server refused the credentials (or is rate-limiting failed logins). Never retried.</summary>
public sealed class Neo4jAuthenticationException : Neo4jException
{
    /// <summary>Creates the exception with a message that names the user and server but never the password.</summary>
    public Neo4jAuthenticationException(string code, string serverMessage, string username, Uri server)
        : base(code, BuildMessage(code, serverMessage, username, server))
    {
        ServerMessage = serverMessage;
    }

    /// <summary>What Neo4j said, verbatim.</summary>
    public string ServerMessage { get; }

    private static string BuildMessage(string code, string serverMessage, string username, Uri server) =>
        code == Neo4jErrorCodes.AuthenticationRateLimit
            ? $"Neo4j at {server} is rate-limiting logins for user '{username}' after failed attempts ({serverMessage}). Check NEO4J_USERNAME / NEO4J_PASSWORD (or Neo4j:Username / Neo4j:Password) and try again in a few seconds."
            : $"Neo4j at {server} refused the credentials of user '{username}': {serverMessage} Check NEO4J_USERNAME / NEO4J_PASSWORD (or Neo4j:Username / Neo4j:Password).";
}
