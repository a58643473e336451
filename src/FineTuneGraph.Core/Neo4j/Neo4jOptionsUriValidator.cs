using Microsoft.Extensions.Options;

namespace FineTuneGraph.Neo4j;

/// <summary>Checks that the URI is one this HTTP client can use, with a message that says what to set instead.</summary>
public sealed class Neo4jOptionsUriValidator : IValidateOptions<Neo4jOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Uri))
        {
            return ValidateOptionsResult.Skip;
        }

        if (!Uri.TryCreate(options.Uri, UriKind.Absolute, out var uri))
        {
            return ValidateOptionsResult.Fail($"Neo4j:Uri (NEO4J_URI) '{options.Uri}' is not an absolute URL; expected e.g. http://127.0.0.1:7474.");
        }

        if (uri.Scheme is "bolt" or "neo4j" or "bolt+s" or "neo4j+s" or "bolt+ssc" or "neo4j+ssc")
        {
            return ValidateOptionsResult.Fail(
                $"Neo4j:Uri (NEO4J_URI) '{options.Uri}' is a Bolt address, but FineTuneGraph talks to Neo4j over its HTTP API; use the HTTP port, e.g. http://{uri.Host}:7474 (https:// for TLS).");
        }

        if (uri.Scheme != System.Uri.UriSchemeHttp && uri.Scheme != System.Uri.UriSchemeHttps)
        {
            return ValidateOptionsResult.Fail($"Neo4j:Uri (NEO4J_URI) '{options.Uri}' must start with http:// or https://.");
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return ValidateOptionsResult.Fail("Neo4j:Uri (NEO4J_URI) must not contain credentials; set NEO4J_USERNAME and NEO4J_PASSWORD instead.");
        }

        return ValidateOptionsResult.Success;
    }
}
