using System.Globalization;
using System.Text;

namespace FineTuneGraph.Text;

/// <summary>
/// Text from inputs, files or the server, made safe to show on a terminal or in a log: control characters are shown
/// as <c>\u001b</c> instead of being sent, so a title holding <c>ESC]0;…</c> or <c>ESC[2J</c> cannot act on the
/// user's terminal.
/// </summary>
public static class ControlCharacters
{
    /// <summary>
    /// <paramref name="text"/> with every control character (C0 but tab, DEL, C1) escaped; line breaks are kept when
    /// <paramref name="keepLineBreaks"/> is set.
    /// </summary>
    public static string Escape(string? text, bool keepLineBreaks = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? string.Empty;
        }

        var first = 0;
        while (first < text.Length && !IsControl(text[first], keepLineBreaks))
        {
            first++;
        }

        if (first == text.Length)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
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
