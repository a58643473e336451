using System.Text.Json;

namespace FineTuneGraph.Neo4j;

/// <summary>A parsed answer of the transactional endpoint: results, errors and, for open transactions, the commit URL.</summary>
internal sealed record TransactionResponse(
    IReadOnlyList<CypherResult> Results,
    IReadOnlyList<(string Code, string Message)> Errors,
    string? CommitUrl)
{
    public static TransactionResponse Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new Neo4jException(Neo4jErrorCodes.UnexpectedResponse, $"Neo4j answered with something that is not JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            var results = new List<CypherResult>();
            if (root.TryGetProperty("results", out var resultArray) && resultArray.ValueKind == JsonValueKind.Array)
            {
                results.AddRange(resultArray.EnumerateArray().Select(ParseResult));
            }

            var errors = new List<(string, string)>();
            if (root.TryGetProperty("errors", out var errorArray) && errorArray.ValueKind == JsonValueKind.Array)
            {
                foreach (var error in errorArray.EnumerateArray())
                {
                    errors.Add((StringOrEmpty(error, "code"), StringOrEmpty(error, "message")));
                }
            }

            var commit = root.TryGetProperty("commit", out var commitElement) && commitElement.ValueKind == JsonValueKind.String
                ? commitElement.GetString()
                : null;
            return new TransactionResponse(results, errors, commit);
        }
    }

    /// <summary>Throws the first Neo4j error as a typed exception, when there is one.</summary>
    public void ThrowOnError()
    {
        if (Errors.Count > 0)
        {
            var (code, message) = Errors[0];
            throw new Neo4jException(code, message);
        }
    }

    private static CypherResult ParseResult(JsonElement result)
    {
        var columns = result.TryGetProperty("columns", out var columnArray)
            ? columnArray.EnumerateArray().Select(c => c.GetString() ?? string.Empty).ToArray()
            : [];
        var rows = new List<IReadOnlyList<object?>>();
        if (result.TryGetProperty("data", out var data))
        {
            foreach (var entry in data.EnumerateArray())
            {
                rows.Add(entry.GetProperty("row").EnumerateArray().Select(Neo4jValueReader.Read).ToArray());
            }
        }

        var counters = new Dictionary<string, long>(StringComparer.Ordinal);
        if (result.TryGetProperty("stats", out var stats) && stats.ValueKind == JsonValueKind.Object)
        {
            foreach (var counter in stats.EnumerateObject())
            {
                if (counter.Value.ValueKind == JsonValueKind.Number && counter.Value.TryGetInt64(out var value))
                {
                    counters[counter.Name] = value;
                }
            }
        }

        return new CypherResult(columns, rows, counters);
    }

    private static string StringOrEmpty(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
