using System.CommandLine;
using FineTuneGraph.Evaluation;
using FineTuneGraph.Extraction;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg eval</c>: scores the extraction of a corpus against a gold file.</summary>
internal static class EvalCommand
{
    public static Command Create(CliHost cli)
    {
        var gold = new Option<FileInfo>("--gold") { Description = "Gold annotations, JSON Lines in the schema of the evaluation guidelines", Required = true };
        var corpus = new Option<string[]>("--corpus") { Description = "The abstracts the gold file annotates (files or folders)", Required = true, AllowMultipleArgumentsPerToken = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var errors = new Option<bool>("--errors") { Description = "List every false positive and false negative with its paper" };
        var command = new Command("eval", "Score the extraction against gold annotations: precision, recall and F1 per entity type, relation and result.");
        command.Options.Add(gold);
        command.Options.Add(corpus);
        command.Options.Add(CorpusArguments.Format);
        command.Options.Add(RulesArguments.Directory);
        command.Options.Add(json);
        command.Options.Add(errors);
        command.SetAction(async (parse, cancellationToken) =>
        {
            return await ExtractionRun.ExecuteAsync(cli, parse, async run =>
            {
                var goldRecords = await GoldFile.ReadAsync(parse.GetValue(gold)!.FullName, cancellationToken).ConfigureAwait(false);
                var predicted = new List<GoldRecord>();
                await foreach (var extraction in run.ExtractAsync(parse.GetValue(corpus) ?? [], parse.GetValue(CorpusArguments.Format), null, cancellationToken).ConfigureAwait(false))
                {
                    predicted.Add(GoldRecordWriter.ToGoldRecord(extraction));
                }

                var report = Scorer.Score(goldRecords, predicted);
                if (parse.GetValue(json))
                {
                    await cli.Console.PlainOut.WriteLineAsync(report.ToJson()).ConfigureAwait(false);
                }
                else
                {
                    EvaluationReportView.Write(cli.Console.Out, report, parse.GetValue(errors));
                }

                return ExitCodes.Success;
            }).ConfigureAwait(false);
        });
        return command;
    }
}
