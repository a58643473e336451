using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace FineTuneGraph.Neo4j;

/// <summary>Writes statements and their parameters as the JSON body of the transactional HTTP API.</summary>
internal static class CypherParameterWriter
{
    public static byte[] WriteRequest(IReadOnlyList<CypherStatement> statements)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                writer.WriteStartObject();
                writer.WriteString("statement", statement.Text);
                writer.WriteStartObject("parameters");
                foreach (var (name, value) in statement.Parameters)
                {
                    writer.WritePropertyName(name);
                    WriteValue(writer, value, name);
                }

                writer.WriteEndObject();
                writer.WriteStartArray("resultDataContents");
                writer.WriteStringValue("row");
                writer.WriteEndArray();
                writer.WriteBoolean("includeStats", true);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Writes one parameter value; <paramref name="path"/> names it in errors (e.g. <c>rows[3].key</c>).</summary>
    internal static void WriteValue(Utf8JsonWriter writer, object? value, string path)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case char c:
                writer.WriteStringValue(c.ToString());
                break;
            case sbyte or byte or short or ushort or int or uint or long:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ulong u:
                writer.WriteNumberValue(u);
                break;
            case float or double:
                var d = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                if (!double.IsFinite(d))
                {
                    throw new ArgumentException($"Parameter '{path}' is {d}; JSON (and so Neo4j's HTTP API) cannot carry NaN or infinity.");
                }

                // "5" would reach Neo4j as an integer: a whole double keeps its ".0" so the property stays a float.
                if (Math.Abs(d) < 1e15 && d == Math.Floor(d))
                {
                    writer.WriteRawValue(d.ToString("0.0", CultureInfo.InvariantCulture));
                }
                else
                {
                    writer.WriteNumberValue(d);
                }

                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case DateTimeOffset dto:
                writer.WriteStringValue(dto.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateTime dt:
                writer.WriteStringValue(dt.ToString("O", CultureInfo.InvariantCulture));
                break;
            case DateOnly date:
                writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case Guid g:
                writer.WriteStringValue(g.ToString());
                break;
            case Enum e:
                writer.WriteStringValue(e.ToString());
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteMap(writer, map, path);
                break;
            case IDictionary dictionary:
                WriteMap(writer, dictionary.Cast<DictionaryEntry>().Select(e => new KeyValuePair<string, object?>(
                    e.Key as string ?? throw new ArgumentException($"Parameter '{path}' is a map with a non-string key '{e.Key}'."),
                    e.Value)), path);
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in list)
                {
                    WriteValue(writer, item, $"{path}[{index++}]");
                }

                writer.WriteEndArray();
                break;
            default:
                throw new ArgumentException(
                    $"Parameter '{path}' has type {value.GetType().Name}, which Neo4j's HTTP API cannot carry; pass strings, numbers, booleans, null, lists or maps.");
        }
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map, string path)
    {
        writer.WriteStartObject();
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            WriteValue(writer, item, $"{path}.{key}");
        }

        writer.WriteEndObject();
    }
}
