using System.Globalization;
using System.Text;

namespace FineTuneGraph.Text;

/// <summary>
/// A string normalised for matching (NFKC, dashes to '-', curly quotes to straight ones, all spaces to ' ',
/// invisible characters removed, LaTeX Greek letters such as "$\Psi$" to the letter) that still maps every character back to its span in the original text,
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
        for (var at = 0; at < original.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(original.AsSpan(at));
            var before = value.Length;
            var (letter, latexLength) = original[at] is '$' or '\\' ? LatexLetters.At(original, at) : default;
            if (latexLength > 0)
            {
                value.Append(letter);
                length = latexLength;
            }
            else if (length == 1)
            {
                AppendNormalized(value, original[at]);
            }
            else
            {
                value.Append(original.Substring(at, length).Normalize(NormalizationForm.FormKC));
            }

            for (var i = before; i < value.Length; i++)
            {
                starts.Add(at);
                ends.Add(at + length);
            }

            at += length;
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

    /// <summary>Printable ASCII without a backslash: nothing to normalise (no control character, no LaTeX letter).</summary>
    private static bool IsPlain(string text) => !text.AsSpan().ContainsAnyExceptInRange(' ', '~') && !text.Contains('\\', StringComparison.Ordinal);

    /// <summary>Appends a text element of one character, normalised.</summary>
    private static void AppendNormalized(StringBuilder value, char c)
    {
        switch (c)
        {
            case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                return;
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' or '\uFF0D':
                value.Append('-');
                return;
            case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' or '\u00B4':
                value.Append('\'');
                return;
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                value.Append('"');
                return;
            case '\t' or '\r' or '\n':
                value.Append(' ');
                return;
            default:
                if (char.IsWhiteSpace(c))
                {
                    value.Append(' ');
                }
                else if (c < 0x80)
                {
                    value.Append(c);
                }
                else
                {
                    value.Append(c.ToString().Normalize(NormalizationForm.FormKC));
                }

                return;
        }
    }
}
