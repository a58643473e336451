using Spectre.Console.Testing;

namespace FineTuneGraph.Cli.Tests.Support;

/// <summary>Runs the real <c>ftg</c> command tree in-process and captures what it writes.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> configuration, params string[] args) =>
        RunAsync(configuration, TestContext.Current.CancellationToken, args);

    /// <summary>Runs with a token of the caller's, as Ctrl+C would cancel the command.</summary>
    public static async Task<CliRun> RunAsync(IReadOnlyDictionary<string, string?> configuration, CancellationToken cancellationToken, params string[] args)
    {
        var output = new TestConsole().Width(4096);
        var error = new TestConsole().Width(4096);
        var plainOut = new StringWriter();
        var plainError = new StringWriter();
        var exitCode = await FtgCommandLine.RunAsync(args, new CliConsole(output, error, plainOut, plainError), configuration, cancellationToken);
        return new CliRun(exitCode, output.Output + plainOut, error.Output + plainError);
    }

    public static Task<CliRun> RunAsync(params string[] args) => RunAsync(new Dictionary<string, string?>(), args);
}
