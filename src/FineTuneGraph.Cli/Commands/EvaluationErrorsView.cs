using System.Globalization;
using FineTuneGraph.Evaluation;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary>
/// How the classified errors of an evaluation are shown: a table of counts per kind and cause, then the errors
/// grouped by cause and then kind, one line each with its paper and items.
/// </summary>
internal static class EvaluationErrorsView
{
    public static void Write(IAnsiConsole console, IReadOnlyList<ClassifiedError> errors)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(errors);

        console.WriteLine();
        if (errors.Count == 0)
        {
            console.MarkupLine("[green]no errors[/]");
            return;
        }

        console.Write(CountsTable(errors));
        foreach (var cause in errors.GroupBy(e => e.Cause).OrderBy(g => g.Key))
        {
            console.WriteLine();
            console.MarkupLineInterpolated($"[bold]{cause.Key.Name()}[/] ({Count(cause.Count())})");
            foreach (var error in cause.OrderBy(e => e.Kind))
            {
                console.MarkupLineInterpolated(
                    $"  [{Colour(error.Cause)}]{error.Cause.Name()}[/]  {error.Kind.Name()}  {CliText.Printable(error.PaperId)}: {CliText.Printable(error.Items)}");
            }
        }
    }

    private static Table CountsTable(IReadOnlyList<ClassifiedError> errors)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Kind");
        foreach (var cause in ErrorCauses.All)
        {
            table.AddColumn(new TableColumn(CliText.Safe(cause.Name())).RightAligned());
        }

        table.AddColumn(new TableColumn("total").RightAligned());
        var counts = errors.CountBy(e => (e.Kind, e.Cause)).ToDictionary();
        foreach (var kind in EvaluationKinds.All)
        {
            var row = ErrorCauses.All.Select(cause => counts.GetValueOrDefault((kind, cause))).ToList();
            table.AddRow([CliText.Safe(kind.Name()), .. row.Select(Count), Count(row.Sum())]);
        }

        var totals = ErrorCauses.All.Select(cause => errors.Count(e => e.Cause == cause)).ToList();
        table.AddRow([Bold("total"), .. totals.Select(t => Bold(Count(t))), Bold(Count(errors.Count))]);
        return table;
    }

    private static string Colour(ErrorCause cause) => cause switch
    {
        ErrorCause.Missed => "red",
        ErrorCause.Spurious => "yellow",
        _ => "blue",
    };

    private static string Bold(string text) => $"[bold]{text}[/]";

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
