using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FineTuneGraph.Evaluation;

/// <summary>The gold schema in JSON: strict reading with errors that name the field, writing in schema order.</summary>
internal static class GoldJson
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowDuplicateProperties = false };

    // Gold lines are data, not HTML: keep non-ASCII titles and names readable.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] RecordFields =
        ["id", "title", "methods", "models", "datasets", "tasks", "metrics", "method_dataset", "method_model", "results"];

    private static readonly string[] MethodFields = ["name", "mentions", "proposed"];
    private static readonly string[] EntityFields = ["name", "mentions"];
    private static readonly string[] ResultFields = ["value", "metric", "dataset", "method", "model"];

    public static GoldRecord Read(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException exception)
        {
            throw new JsonException($"invalid JSON: {exception.Message}", exception);
        }

        using (document)
        {
            return Read(document.RootElement);
        }
    }

    public static GoldRecord Read(JsonElement root)
    {
        RequireObject(root, "record", RecordFields);
        return new GoldRecord(RequiredString(root, "id", "id"), RequiredString(root, "title", "title"))
        {
            Methods = ReadEntities(root, "methods", isMethod: true),
            Models = ReadEntities(root, "models", isMethod: false),
            Datasets = ReadEntities(root, "datasets", isMethod: false),
            Tasks = ReadEntities(root, "tasks", isMethod: false),
            Metrics = ReadEntities(root, "metrics", isMethod: false),
            MethodDataset = ReadList(root, "method_dataset", (pair, path) => ReadPair(pair, path, "dataset")),
            MethodModel = ReadList(root, "method_model", (pair, path) => ReadPair(pair, path, "model")),
            Results = ReadList(root, "results", ReadResult),
        };
    }

    public static string Write(GoldRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            Write(writer, record);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(Utf8JsonWriter writer, GoldRecord record)
    {
        writer.WriteStartObject();
        writer.WriteString("id", record.Id);
        writer.WriteString("title", record.Title);
        WriteEntities(writer, "methods", record.Methods, isMethod: true);
        WriteEntities(writer, "models", record.Models, isMethod: false);
        WriteEntities(writer, "datasets", record.Datasets, isMethod: false);
        WriteEntities(writer, "tasks", record.Tasks, isMethod: false);
        WriteEntities(writer, "metrics", record.Metrics, isMethod: false);
        WritePairs(writer, "method_dataset", record.MethodDataset);
        WritePairs(writer, "method_model", record.MethodModel);
        writer.WriteStartArray("results");
        foreach (var result in record.Results)
        {
            writer.WriteStartObject();
            writer.WriteString("value", result.Value);
            writer.WriteString("metric", result.Metric);
            writer.WriteString("dataset", result.Dataset);
            writer.WriteString("method", result.Method);
            writer.WriteString("model", result.Model);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteEntities(Utf8JsonWriter writer, string field, IReadOnlyList<GoldEntity> entities, bool isMethod)
    {
        writer.WriteStartArray(field);
        foreach (var entity in entities)
        {
            writer.WriteStartObject();
            writer.WriteString("name", entity.Name);
            writer.WriteStartArray("mentions");
            foreach (var mention in entity.Mentions)
            {
                writer.WriteStringValue(mention);
            }

            writer.WriteEndArray();
            if (isMethod)
            {
                // The schema has a boolean here; a method nobody marked as proposed was not introduced by the paper.
                writer.WriteBoolean("proposed", entity.Proposed ?? false);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WritePairs(Utf8JsonWriter writer, string field, IReadOnlyList<GoldPair> pairs)
    {
        writer.WriteStartArray(field);
        foreach (var pair in pairs)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(pair.Method);
            writer.WriteStringValue(pair.Target);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }

    private static List<GoldEntity> ReadEntities(JsonElement root, string field, bool isMethod) =>
        ReadList(root, field, (element, path) =>
        {
            RequireObject(element, path, isMethod ? MethodFields : EntityFields);
            var mentions = ReadList(element, "mentions", (mention, mentionPath) => AsString(mention, mentionPath), path);
            bool? proposed = null;
            if (isMethod && element.TryGetProperty("proposed", out var flag) && flag.ValueKind != JsonValueKind.Null)
            {
                proposed = flag.ValueKind switch
                {
                    JsonValueKind.True => true,
                    JsonValueKind.False => false,
                    _ => throw Error($"{path}.proposed", $"must be true or false, not {Describe(flag)}"),
                };
            }

            return new GoldEntity(RequiredString(element, "name", $"{path}.name"), mentions, proposed);
        });

    private static GoldPair ReadPair(JsonElement element, string path, string target)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() != 2)
        {
            throw Error(path, $"must be a [method, {target}] array of two strings, not {Describe(element)}");
        }

        return new GoldPair(NonEmpty(element[0], $"{path}[0]"), NonEmpty(element[1], $"{path}[1]"));
    }

    private static GoldResult ReadResult(JsonElement element, string path)
    {
        RequireObject(element, path, ResultFields);
        return new GoldResult(
            OptionalValue(element, path),
            OptionalString(element, "metric", path),
            OptionalString(element, "dataset", path),
            OptionalString(element, "method", path),
            OptionalString(element, "model", path));
    }

    // Absent and null lists both mean "none"; anything else than an array is a mistake worth stopping for.
    private static List<T> ReadList<T>(JsonElement parent, string field, Func<JsonElement, string, T> readItem, string? parentPath = null)
    {
        var path = parentPath is null ? field : $"{parentPath}.{field}";
        if (!parent.TryGetProperty(field, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw Error(path, $"must be an array, not {Describe(list)}");
        }

        var items = new List<T>(list.GetArrayLength());
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            items.Add(readItem(item, $"{path}[{index++}]"));
        }

        return items;
    }

    // Unknown fields are refused: a misspelt "dataset" would otherwise silently empty the datasets of a gold paper.
    private static void RequireObject(JsonElement element, string path, string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Error(path, $"must be an object, not {Describe(element)}");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                var where = path == "record" ? property.Name : $"{path}.{property.Name}";
                throw Error(where, property.Name == "proposed"
                    ? "'proposed' is only used on methods"
                    : $"unknown field (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    private static string RequiredString(JsonElement parent, string field, string path) =>
        parent.TryGetProperty(field, out var value) ? NonEmpty(value, path) : throw Error(path, "is missing");

    private static string NonEmpty(JsonElement element, string path)
    {
        var text = AsString(element, path);
        return string.IsNullOrWhiteSpace(text) ? throw Error(path, "must not be empty") : text;
    }

    private static string AsString(JsonElement element, string path) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Error(path, $"must be a string, not {Describe(element)}");

    private static string? OptionalString(JsonElement parent, string field, string path) =>
        !parent.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null ? null : AsString(value, $"{path}.{field}");

    // A bare number is accepted as the value's text ("58.8"); the scorer compares digits only.
    private static string? OptionalValue(JsonElement parent, string path) =>
        parent.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Number
            ? value.GetRawText()
            : OptionalString(parent, "value", path);

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => $"an array of {element.GetArrayLength()}",
        JsonValueKind.String => $"the string \"{Shorten(element.GetString()!)}\"",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => element.GetRawText(),
        _ => "null",
    };

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static JsonException Error(string path, string problem) => new($"{path} {problem}");
}
