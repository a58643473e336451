using System.Text.Json;

namespace FineTuneGraph.Neo4j;

/// <summary>Maps the JSON of a result row to .NET values (see <see cref="CypherResult"/>).</summary>
internal static class Neo4jValueReader
{
    public static object? Read(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        // Neo4j writes floats with a decimal point or exponent, so an integer literal is always an Integer.
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? (object)integer : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(Read).ToArray(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(p => p.Name, p => Read(p.Value), StringComparer.Ordinal),
        _ => throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, $"Unexpected JSON value kind {element.ValueKind} in a result row."),
    };
}
