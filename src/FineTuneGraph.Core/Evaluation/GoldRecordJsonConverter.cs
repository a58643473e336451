using System.Text.Json;
using System.Text.Json.Serialization;

namespace FineTuneGraph.Evaluation;

/// <summary>
/// Hand-written so the schema is exact whatever the caller's options: field order, <c>proposed</c> on methods
/// only, pairs as arrays, nulls kept in results, and reading errors that name the offending field.
/// </summary>
internal sealed class GoldRecordJsonConverter : JsonConverter<GoldRecord>
{
    public override GoldRecord Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return GoldJson.Read(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, GoldRecord value, JsonSerializerOptions options) => GoldJson.Write(writer, value);
}
