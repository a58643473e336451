using System.CommandLine;
using System.Globalization;
using System.Text;
using FineTuneGraph.Extraction;
using FineTuneGraph.Pipeline;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg extract</c>: the extraction of every paper as JSON Lines in the gold schema of the evaluation guidelines.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliHost cli)
    {
        var command = new Command("extract", "Extract methods, models, datasets, tasks, metrics, relations and results; write one JSON line per paper in the gold schema.");
        command.Arguments.Add(CorpusArguments.Inputs);
        command.Options.Add(CorpusArguments.Format);
        command.Options.Add(RulesArguments.Directory);
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the JSON Lines to this file instead of standard output" };
        command.Options.Add(output);
        command.SetAction((parse, cancellationToken) => RunAsync(cli, parse, parse.GetValue(output), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliHost cli, ParseResult parse, FileInfo? output, CancellationToken cancellationToken)
    {
        await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
        var service = app.Get<GraphBuildService>();
        var request = CorpusRequests.Corpus(cli.Console, parse.GetValue(CorpusArguments.Inputs) ?? [], parse.GetValue(CorpusArguments.Format));
        _ = service.Rules.Current;
        {
            var target = output is null ? null : new StreamWriter(output.FullName, append: false, new UTF8Encoding(false));
            var writer = target ?? cli.Console.PlainOut;
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            var papers = 0;
            var started = app.Get<TimeProvider>().GetTimestamp();
            try
            {
                await foreach (var extraction in service.ExtractAsync(request, cancellationToken: app.Stopping).ConfigureAwait(false))
                {
                    papers++;
                    foreach (var entity in extraction.Entities)
                    {
                        counts[entity.Type] = counts.GetValueOrDefault(entity.Type) + 1;
                    }

                    await writer.WriteLineAsync(GoldRecordWriter.ToGoldRecord(extraction).ToJsonLine()).ConfigureAwait(false);
                }
            }
            finally
            {
                if (target is not null)
                {
                    await target.DisposeAsync().ConfigureAwait(false);
                }
            }

            var table = new Table().Border(TableBorder.Rounded).AddColumn("Extracted").AddColumn(new TableColumn("Count").RightAligned());
            table.AddRow("papers", papers.ToString("N0", CultureInfo.InvariantCulture));
            foreach (var (type, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                table.AddRow(CliText.Safe($"{type} entities (per paper, summed)"), count.ToString("N0", CultureInfo.InvariantCulture));
            }

            table.AddRow("time", $"{app.Get<TimeProvider>().GetElapsedTime(started).TotalSeconds:N1} s ({papers / Math.Max(app.Get<TimeProvider>().GetElapsedTime(started).TotalSeconds, 0.001):N0} papers/s)");
            cli.Console.Error.Write(table);
            return CorpusReportView.ExitCode(request.Report);
        }
    }
}
