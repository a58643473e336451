using System.Text.Json;

namespace FineTuneGraph.Neo4j;

/// <summary>
/// Reads Neo4j's discovery documents. <c>GET /</c> on 4.x/5.x names the version and a transaction URL
/// template; on 3.x it only points at <c>/db/data/</c>, whose document (behind auth) names both.
/// </summary>
internal static class ServerDiscovery
{
    private const string DatabasePlaceholder = "{databaseName}";
    private const string Legacy3xDatabase = "graph.db";

    /// <summary>The result of reading <c>GET /</c>.</summary>
    internal abstract record RootDocument;

    /// <summary>4.x/5.x: everything is in the root document.</summary>
    internal sealed record ModernRoot(Version Version, string Edition, string TransactionTemplatePath, string? BoltUri) : RootDocument
    {
        public Neo4jServerInfo ToServerInfo(string database) =>
            new(Version, Edition, database, TransactionTemplatePath.Replace(DatabasePlaceholder, database, StringComparison.Ordinal), BoltUri);
    }

    /// <summary>3.x: the root only names the data document.</summary>
    internal sealed record LegacyRoot(string DataPath, string? BoltUri) : RootDocument;

    public static RootDocument ParseRoot(string json)
    {
        using var document = Parse(json, "GET /");
        var root = document.RootElement;
        if (TryGetString(root, "transaction") is { } template && TryGetString(root, "neo4j_version") is { } version)
        {
            var bolt = TryGetString(root, "bolt_direct") ?? TryGetString(root, "bolt_routing") ?? TryGetString(root, "bolt");
            return new ModernRoot(ParseVersion(version), TryGetString(root, "neo4j_edition") ?? "unknown", PathOf(template), bolt);
        }

        if (TryGetString(root, "data") is { } data)
        {
            return new LegacyRoot(PathOf(data), TryGetString(root, "bolt"));
        }

        throw new Neo4jException(
            Neo4jErrorCodes.UnexpectedResponse,
            "The server's discovery document (GET /) names neither a transaction endpoint nor a data endpoint; is this a Neo4j server?");
    }

    /// <summary>Reads <c>GET /db/data/</c> of a 3.x server. The edition comes later, from <c>dbms.components()</c>.</summary>
    public static Neo4jServerInfo ParseLegacyData(string json, string? boltUri)
    {
        using var document = Parse(json, "GET /db/data/");
        var root = document.RootElement;
        var version = TryGetString(root, "neo4j_version")
            ?? throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, "The data document (GET /db/data/) has no neo4j_version.");
        var transaction = TryGetString(root, "transaction")
            ?? throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, "The data document (GET /db/data/) has no transaction endpoint.");
        return new Neo4jServerInfo(ParseVersion(version), "unknown", Legacy3xDatabase, PathOf(transaction), boltUri);
    }

    /// <summary>Turns "5.26.0", "3.1.1" or "5.13.0-aura" into a <see cref="Version"/>.</summary>
    public static Version ParseVersion(string text)
    {
        var numeric = new string(text.TakeWhile(c => char.IsDigit(c) || c == '.').ToArray()).Trim('.');
        var parts = numeric.Split('.', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !parts.All(p => int.TryParse(p, out _)))
        {
            throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, $"Unrecognised Neo4j version '{text}'.");
        }

        return parts.Length == 1 ? new Version(int.Parse(parts[0]), 0) : Version.Parse(string.Join('.', parts.Take(4)));
    }

    // The server builds absolute URLs from the Host header it saw; behind a proxy or port mapping that
    // host is wrong, so only the path is kept and joined to the configured base URI.
    private static string PathOf(string urlOrPath) =>
        Uri.TryCreate(urlOrPath, UriKind.Absolute, out var absolute)
            ? Uri.UnescapeDataString(absolute.AbsolutePath)
            : urlOrPath;

    private static string? TryGetString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty(name, out var value)
        && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static JsonDocument Parse(string json, string what)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, $"The answer to {what} is not JSON: {ex.Message}");
        }
    }
}
