using System.CommandLine;
using System.Globalization;
using FineTuneGraph.Graph;
using FineTuneGraph.Inbox;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg status</c>: what the last builds and the worker did, from the graph's Ingest records.</summary>
internal static class StatusCommand
{
    public static Command Create(CliHost cli)
    {
        var limit = new Option<int>("--limit") { Description = "How many builds to show, newest first", DefaultValueFactory = _ => 10 };
        var inbox = new Option<string?>("--inbox") { Description = "Also show the worker of this inbox, from its health file", HelpName = "DIR" };
        var command = new Command("status", "Show the latest builds (ftg build and the worker): when, how they ended, files and papers read, loaded and failed; and the worker's ledger of finished files.");
        command.Options.Add(limit);
        command.Options.Add(inbox);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(limit) is < 1 or > 1000)
            {
                cli.Console.WriteError("--limit must be between 1 and 1000");
                return ExitCodes.Failure;
            }

            await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
            var history = app.Get<IngestHistory>();
            var builds = await history.LatestAsync(parse.GetValue(limit), app.Stopping).ConfigureAwait(false);
            var files = await history.SourceFilesAsync(app.Stopping).ConfigureAwait(false);
            WriteBuilds(cli.Console.Out, builds);
            cli.Console.Out.WriteLine(CliText.Safe(
                $"Worker ledger: {files.Files:N0} files finished ({files.Papers:N0} papers, {files.Problems:N0} problems){(files.LastFinishedAt is { } last ? $", the last at {last}" : string.Empty)}."));
            if (parse.GetValue(inbox) is { Length: > 0 } folder)
            {
                var status = WorkerHealthFile.Read(new WatchOptions { Directory = folder }.ResolvedStateDirectory);
                var (healthy, reason) = WorkerHealthFile.Judge(status, app.Get<TimeProvider>().GetUtcNow(), TimeSpan.FromSeconds(60));
                cli.Console.Out.WriteLine(CliText.Safe($"Worker of {folder}: {(healthy ? "healthy" : "unhealthy")}, {CliText.Printable(reason)}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteBuilds(IAnsiConsole console, IReadOnlyList<IngestRecord> builds)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Latest builds")
            .AddColumns("Started (UTC)", "By", "Status", "Took", "Inputs")
            .AddColumn(new TableColumn("Files").RightAligned()).AddColumn(new TableColumn("Read").RightAligned())
            .AddColumn(new TableColumn("Loaded").RightAligned()).AddColumn(new TableColumn("Unchanged").RightAligned())
            .AddColumn(new TableColumn("Failed").RightAligned()).AddColumn("Graph change");
        foreach (var build in builds)
        {
            var failed = (build.PapersFailed ?? 0) + (build.ReadProblems ?? 0);
            table.AddRow(
                CliText.Safe(build.StartedAt?.Replace('T', ' ').TrimEnd('Z') ?? "?"),
                CliText.Safe(build.Trigger ?? "build"),
                CliText.Safe(build.Status ?? "?"),
                Took(build),
                CliText.Safe(CliText.Printable(Inputs(build.Inputs))),
                N(build.Files), N(build.PapersRead), N(build.PapersLoaded), N(build.PapersSkipped), failed.ToString("N0", CultureInfo.InvariantCulture),
                CliText.Safe(build.Diff.Count == 0 ? "none" : string.Join(", ", build.Diff.Select(d => $"{d.Name} {d.Change:+#;-#;0}"))));
        }

        if (builds.Count == 0)
        {
            console.WriteLine("No builds yet: run ./ftg build, or ./ftg watch DIR.");
            return;
        }

        console.Write(table);
    }

    private static string Inputs(IReadOnlyList<string> inputs) => inputs switch
    {
        [] => "-",
        [var one] => Path.GetFileName(one.TrimEnd('/')) is { Length: > 0 } name ? name : one,
        _ => $"{inputs.Count} files",
    };

    private static string Took(IngestRecord build) =>
        DateTimeOffset.TryParse(build.StartedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var start)
        && DateTimeOffset.TryParse(build.FinishedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var end)
            ? $"{(end - start).TotalSeconds:N1} s"
            : "-";

    private static string N(long? value) => value?.ToString("N0", CultureInfo.InvariantCulture) ?? "-";
}
