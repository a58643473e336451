using System.CommandLine;
using FineTuneGraph.Evaluation;
using FineTuneGraph.Extraction;
using FineTuneGraph.Pipeline;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg eval</c>: scores the extraction of a corpus against a gold file.</summary>
internal static class EvalCommand
{
    public static Command Create(CliHost cli)
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold annotations, JSON Lines in the schema of the evaluation guidelines", Required = true };
        var corpus = new Option<string[]>("--corpus") { Description = "The abstracts the gold file annotates (files or folders)", Required = true, AllowMultipleArgumentsPerToken = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var errors = new Option<bool>("--errors") { Description = "Show the errors by cause (missed, spurious, wrong type, wrong boundary, wrong pair, wrong field) with their papers; with --json, an errors array" };
        var command = new Command("eval", "Score the extraction against gold annotations: precision, recall and F1 per entity type, relation and result.");
        command.Options.Add(gold);
        command.Options.Add(corpus);
        command.Options.Add(CorpusArguments.Format);
        command.Options.Add(RulesArguments.Directory);
        command.Options.Add(json);
        command.Options.Add(errors);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
            var service = app.Get<GraphBuildService>();
            var goldRecords = await GoldFile.ReadAsync(parse.GetValue(gold)!.FullName, app.Stopping).ConfigureAwait(false);
            _ = service.Rules.Current;
            var request = CorpusRequests.Corpus(cli.Console, parse.GetValue(corpus) ?? [], parse.GetValue(CorpusArguments.Format));
            {
                var predicted = new List<GoldRecord>();
                await foreach (var extraction in service.ExtractAsync(request, cancellationToken: app.Stopping).ConfigureAwait(false))
                {
                    predicted.Add(GoldRecordWriter.ToGoldRecord(extraction));
                }

                var report = Scorer.Score(goldRecords, predicted);
                if (parse.GetValue(json))
                {
                    await cli.Console.PlainOut.WriteLineAsync(report.ToJson(errors: parse.GetValue(errors))).ConfigureAwait(false);
                }
                else
                {
                    EvaluationReportView.Write(cli.Console.Out, report, parse.GetValue(errors));
                }

                return ExitCodes.Success;
            }
        });
        return command;
    }
}
