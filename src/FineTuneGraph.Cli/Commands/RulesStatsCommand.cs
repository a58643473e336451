using System.CommandLine;
using System.Globalization;
using FineTuneGraph.Extraction;
using FineTuneGraph.Pipeline;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg rules stats</c>: per rule, how often it fired, on how many papers, how often it was rejected, and the time it took.</summary>
internal static class RulesStatsCommand
{
    public static Command Create(CliHost cli)
    {
        var corpus = new Option<string[]>("--corpus") { Description = "Abstracts to run the rules on (files or folders)", Required = true, AllowMultipleArgumentsPerToken = true };
        var top = new Option<int>("--top") { Description = "Show this many rules, most fired first (0 = all)", DefaultValueFactory = _ => 40 };
        var command = new Command("stats", "Run the rules over a corpus and show, per rule, how often it fired, on how many papers and the time it took.");
        command.Options.Add(corpus);
        command.Options.Add(top);
        command.Options.Add(CorpusArguments.Format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
            var service = app.Get<GraphBuildService>();
            _ = service.Rules.Current;
            var request = CorpusRequests.Corpus(cli.Console, parse.GetValue(corpus) ?? [], parse.GetValue(CorpusArguments.Format));
            {
                var stats = new RuleStats();
                var papers = 0;
                var started = app.Get<TimeProvider>().GetTimestamp();
                await foreach (var _ in service.ExtractAsync(request, stats, app.Stopping).ConfigureAwait(false))
                {
                    papers++;
                }

                var rows = stats.Rules.OrderByDescending(r => r.Value.Fired).ThenByDescending(r => r.Value.Time).AsEnumerable();
                if (parse.GetValue(top) is > 0 and var limit)
                {
                    rows = rows.Take(limit);
                }

                var table = new Table().Border(TableBorder.Rounded)
                    .Title(CliText.Safe($"{papers:N0} papers in {app.Get<TimeProvider>().GetElapsedTime(started).TotalSeconds:N1} s"))
                    .AddColumn("Rule").AddColumn(new TableColumn("Fired").RightAligned()).AddColumn(new TableColumn("Papers").RightAligned())
                    .AddColumn(new TableColumn("Rejected").RightAligned()).AddColumn(new TableColumn("Time (ms)").RightAligned());
                foreach (var (rule, counter) in rows)
                {
                    table.AddRow(CliText.Safe(rule), counter.Fired.ToString("N0", CultureInfo.InvariantCulture), counter.Papers.ToString("N0", CultureInfo.InvariantCulture),
                        counter.Rejected.ToString("N0", CultureInfo.InvariantCulture), counter.Time.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture));
                }

                cli.Console.Out.Write(table);
                return ExitCodes.Success;
            }
        });
        return command;
    }
}
