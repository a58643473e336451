using System.CommandLine;
using FineTuneGraph.Inbox;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg watch DIR</c>: the hosted worker; the Docker image and the systemd unit run exactly this.</summary>
internal static class WatchCommand
{
    /// <summary>The inbox folder: the <c>Watch:Directory</c> setting.</summary>
    public static readonly Argument<string> Directory = new("directory")
    {
        Description = "The inbox folder: what is in it is built at start, then every file added or changed (created when missing)",
    };

    public static Command Create(CliHost cli)
    {
        var command = new Command("watch",
            "Run the worker: build what is in DIR, then each new or changed file once it has settled, following edits of the rule pack; " +
            "unreadable files go to DIR/.failed/. Waits while Neo4j is away; stops on Ctrl+C or SIGTERM, rolling back the batch in progress.");
        command.Arguments.Add(Directory);
        command.Options.Add(RulesArguments.Directory);
        command.Options.Add(LogFormatOption.Option);
        command.SetAction((parse, cancellationToken) => RunAsync(cli, parse, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliHost cli, ParseResult parse, CancellationToken cancellationToken)
    {
        await using var app = await cli.StartAsync(parse, cancellationToken, CliHostRole.Worker, builder => builder.AddInboxWorker()).ConfigureAwait(false);
        var worker = app.Get<InboxWorker>();
        await app.WaitForShutdownAsync().ConfigureAwait(false);
        return worker.Faulted ? ExitCodes.Failure : ExitCodes.Success;
    }
}
