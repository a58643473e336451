using System.Security.Authentication;

namespace FineTuneGraph.Neo4j;

/// <summary>What went wrong with a connection, in words a user can act on, and whether trying again can help.</summary>
internal static class ConnectionFailure
{
    /// <summary>The exception a failed request becomes: TLS problems are configuration errors (not retried), the rest transient.</summary>
    public static Neo4jException From(HttpRequestException error, Uri server)
    {
        if (error.HttpRequestError == HttpRequestError.SecureConnectionError || error.InnerException is AuthenticationException)
        {
            var reason = Innermost(error).Message;
            var hint = reason.Contains("certificate", StringComparison.OrdinalIgnoreCase)
                ? "its certificate is not trusted by this machine; install the issuing CA, or use http:// on a trusted network"
                : $"https:// needs Neo4j's HTTPS port (7473 by default); if {server.Port} is its HTTP port, use http://";
            return new Neo4jException(Neo4jErrorCodes.TlsFailed, $"Neo4j at {server} did not complete a TLS handshake ({reason}): {hint}.", error);
        }

        return new Neo4jException(Neo4jErrorCodes.Unavailable, $"Neo4j at {server} is unreachable: {error.Message}", error);
    }

    private static Exception Innermost(Exception error)
    {
        var inner = error;
        while (inner.InnerException is { } next)
        {
            inner = next;
        }

        return inner;
    }
}
