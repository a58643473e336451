using Spectre.Console;

namespace FineTuneGraph.Cli;

/// <summary>
/// Where commands write: results to <see cref="Out"/>, errors and progress to <see cref="Error"/>;
/// System.CommandLine's help and parse errors to the plain writers.
/// </summary>
internal sealed record CliConsole(IAnsiConsole Out, IAnsiConsole Error, TextWriter PlainOut, TextWriter PlainError)
{
    public static CliConsole System { get; } = new(
        CreateConsole(Console.Out, Console.IsOutputRedirected),
        CreateConsole(Console.Error, Console.IsErrorRedirected),
        Console.Out,
        Console.Error);

    /// <summary>Writes <c>Error: message</c> to the error console, without markup interpretation.</summary>
    public void WriteError(string message) => Error.MarkupLineInterpolated($"[red]Error:[/] {CliText.Printable(message)}");

    // Spectre wraps at 80 columns when the stream is not a terminal; a message must stay one line for logs and scripts.
    private static IAnsiConsole CreateConsole(TextWriter writer, bool redirected)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        if (redirected)
        {
            console.Profile.Width = 4096;
        }

        return console;
    }
}
