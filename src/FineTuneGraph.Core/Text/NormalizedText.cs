using System.Globalization;
using System.Text;

namespace FineTuneGraph.Text;

/// <summary>
/// A string normalised for matching (NFKC, dashes to '-', curly quotes to straight ones, all spaces to ' ',
/// invisible characters removed) that still maps every character back to its span in the original text,
/// so matches found in <see cref="Value"/> are reported at their original offsets.
/// </summary>
public sealed class NormalizedText
{
    private readonly int[]? _originalStart;
    private readonly int[]? _originalEnd;

    private NormalizedText(string original, string value, int[]? originalStart, int[]? originalEnd)
    {
        Original = original;
        Value = value;
        _originalStart = originalStart;
        _originalEnd = originalEnd;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The normalised text.</summary>
    public string Value { get; }

    /// <summary>Normalises <paramref name="original"/>.</summary>
    public static NormalizedText Create(string original)
    {
        if (IsPlain(original))
        {
            return new NormalizedText(original, original, null, null);
        }

        var value = new StringBuilder(original.Length);
        var starts = new List<int>(original.Length);
        var ends = new List<int>(original.Length);
        var elements = StringInfo.GetTextElementEnumerator(original);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var at = elements.ElementIndex;
            foreach (var c in NormalizeElement(element))
            {
                value.Append(c);
                starts.Add(at);
                ends.Add(at + element.Length);
            }
        }

        return new NormalizedText(original, value.ToString(), starts.ToArray(), ends.ToArray());
    }

    /// <summary>Maps a span [start, end) of <see cref="Value"/> to the span of <see cref="Original"/> it came from.</summary>
    public (int Start, int End) ToOriginal(int start, int end)
    {
        if (_originalStart is null || _originalEnd is null)
        {
            return (start, end);
        }

        if (end <= start)
        {
            var at = start < _originalStart.Length ? _originalStart[start] : Original.Length;
            return (at, at);
        }

        return (_originalStart[start], _originalEnd[end - 1]);
    }

    private static bool IsPlain(string text)
    {
        foreach (var c in text)
        {
            if (c > '\u007E' || (c < ' ' && c != '\n' && c != '\r' && c != '\t'))
            {
                return false;
            }
        }

        return !text.Contains('\t', StringComparison.Ordinal) && !text.Contains('\r', StringComparison.Ordinal) && !text.Contains('\n', StringComparison.Ordinal);
    }

    private static string NormalizeElement(string element)
    {
        if (element.Length == 1)
        {
            var c = element[0];
            switch (c)
            {
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    return string.Empty;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' or '\uFF0D':
                    return "-";
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4':
                    return "'";
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                    return "\"";
                case '\t' or '\r' or '\n':
                    return " ";
                default:
                    if (char.IsWhiteSpace(c))
                    {
                        return " ";
                    }

                    if (c < 0x80)
                    {
                        return element;
                    }

                    break;
            }
        }

        return element.Normalize(NormalizationForm.FormKC);
    }
}
