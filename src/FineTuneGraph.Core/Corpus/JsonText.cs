using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FineTuneGraph.Corpus;

/// <summary>
/// Reads strings out of JSON records without trusting them: a value of another type is no string, and a string whose
/// escapes make a lone surrogate (<c>"\ud800"</c>, which <see cref="JsonElement.GetString"/> refuses) is read with
/// U+FFFD in its place, and counted in <see cref="Repaired"/>, so the record is kept and the repair reported.
/// </summary>
internal sealed class JsonText
{
    /// <summary>How many strings had a lone surrogate replaced.</summary>
    public int Repaired { get; private set; }

    /// <summary>The value's text when it is a JSON string; null for any other kind of value.</summary>
    public string? StringOf(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            Repaired++;
            return Unescape(value.GetRawText());
        }
    }

    /// <summary>The property's value as text (<see cref="StringOf(JsonElement)"/>); null when the element is no object or has no such string.</summary>
    public string? StringOf(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? StringOf(value) : null;

    /// <summary>The name of a property, repaired like a value when it holds a lone surrogate.</summary>
    public string NameOf(JsonProperty property)
    {
        try
        {
            return property.Name;
        }
        catch (InvalidOperationException)
        {
            Repaired++;
            var raw = property.ToString(); // the raw text: "name": value
            var end = raw.IndexOf("\":", StringComparison.Ordinal);
            return Unescape(end > 0 ? raw[..(end + 1)] : "\"\uFFFD\"");
        }
    }

    // The raw text of a JSON string that the parser already validated: quotes around, escapes inside.
    private static string Unescape(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 1; i < raw.Length - 1; i++)
        {
            var c = raw[i];
            if (c != '\\' || i + 1 >= raw.Length - 1)
            {
                builder.Append(c);
                continue;
            }

            var escape = raw[++i];
            switch (escape)
            {
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 < raw.Length && ushort.TryParse(raw.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default: builder.Append(escape); break;
            }
        }

        return TextCleanup.ReplaceLoneSurrogates(builder.ToString());
    }
}
