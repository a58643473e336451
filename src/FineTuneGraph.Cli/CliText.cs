using FineTuneGraph.Text;
using Spectre.Console;

namespace FineTuneGraph.Cli;

/// <summary>Text from inputs, files or the server, made safe to print: control characters cannot act on the user's terminal.</summary>
internal static class CliText
{
    /// <summary><paramref name="text"/> with control characters escaped (see <see cref="ControlCharacters"/>).</summary>
    public static string Printable(string? text, bool keepLineBreaks = false) => ControlCharacters.Escape(text, keepLineBreaks);

    /// <summary>Printable, and with Spectre markup escaped: for text placed in tables and markup lines.</summary>
    public static string Safe(string? text, bool keepLineBreaks = false) => Markup.Escape(Printable(text, keepLineBreaks));
}
