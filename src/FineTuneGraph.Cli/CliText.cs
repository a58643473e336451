using System.Globalization;
using System.Text;

namespace FineTuneGraph.Cli;

/// <summary>Text from inputs, files or the server, made safe to print: control characters cannot act on the user's terminal.</summary>
internal static class CliText
{
    /// <summary>
    /// <paramref name="text"/> with every control character (C0 but tab, DEL, C1 — ESC among them) shown as
    /// <c>\u001b</c>; line breaks are kept when <paramref name="keepLineBreaks"/> is set.
    /// </summary>
    public static string Printable(string? text, bool keepLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(c => IsControl(c, keepLineBreaks)))
        {
            return text ?? string.Empty;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsControl(c, keepLineBreaks))
            {
                result.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }

    private static bool IsControl(char c, bool keepLineBreaks) =>
        c != '\t' && !(keepLineBreaks && c is '\n' or '\r') && (c < ' ' || c is >= '\u007f' and <= '\u009f');
}
