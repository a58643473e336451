using System.Globalization;
using FineTuneGraph.Evaluation;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary>How an <see cref="EvaluationReport"/> is shown: a table of scores, the paper counts, and optionally the errors by cause.</summary>
internal static class EvaluationReportView
{
    public static void Write(IAnsiConsole console, EvaluationReport report, bool errors)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);

        var table = new Table().Border(TableBorder.Rounded).AddColumn("Kind");
        foreach (var column in new[] { "P", "R", "F1", "TP", "FP", "FN" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var kind in EvaluationKinds.All)
        {
            var score = report[kind];
            table.AddRow(
                CliText.Safe(kind.Name()),
                Ratio(score.Precision),
                Ratio(score.Recall),
                Ratio(score.F1),
                Count(score.Tp),
                Count(score.Fp),
                Count(score.Fn));
        }

        console.Write(table);
        console.MarkupLineInterpolated(
            $"papers: {report.PapersMatched} matched, {report.GoldPapersUnmatched} gold without prediction, {report.PredictedPapersUnmatched} predicted without gold");

        if (errors)
        {
            EvaluationErrorsView.Write(console, report.ClassifiedErrors);
        }
    }

    private static string Ratio(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
