using FineTuneGraph.Corpus;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary>How a <see cref="CorpusReport"/> is shown: a line per problem as it happens, a table at the end.</summary>
internal static class CorpusReportView
{
    public static void WriteProblem(CliConsole console, CorpusProblem problem) =>
        console.Error.MarkupLineInterpolated($"[{(problem.IsWarning ? "yellow" : "grey")}]{(problem.IsWarning ? "warning" : "note")}:[/] {CliText.Printable(problem.ToString())}");

    public static void WriteSummary(CliConsole console, CorpusReport report)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Corpus").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("files read", report.FilesRead.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("records read as papers", report.PapersRead.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("distinct papers", report.PapersEmitted.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (kind, count) in report.CountsByKind.OrderBy(k => k.Key))
        {
            table.AddRow(CliText.Safe(Describe(kind)), count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Error.Write(table);
    }

    /// <summary>0 when everything was read, 2 when something was skipped, 3 when no paper could be read at all.</summary>
    public static int ExitCode(CorpusReport report) =>
        report.PapersEmitted == 0 ? ExitCodes.NothingRead : report.Failures > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;

    private static string Describe(CorpusProblemKind kind) => kind switch
    {
        CorpusProblemKind.NotFound => "paths not found",
        CorpusProblemKind.EmptyFile => "empty files",
        CorpusProblemKind.NoSupportedFiles => "folders without supported files",
        CorpusProblemKind.NotText => "binary or non-UTF-8 files skipped",
        CorpusProblemKind.Html => "HTML files refused",
        CorpusProblemKind.CorruptGzip => "corrupt gzip files",
        CorpusProblemKind.ReadError => "files that could not be read",
        CorpusProblemKind.InvalidJson => "invalid JSON records skipped",
        CorpusProblemKind.TooLarge => "records over the size limit skipped",
        CorpusProblemKind.MissingTitle => "records without a title skipped",
        CorpusProblemKind.MissingAbstract => "records without an abstract skipped",
        CorpusProblemKind.TitleWithoutAbstract => "titles without an abstract skipped",
        CorpusProblemKind.Duplicate => "duplicates merged",
        CorpusProblemKind.ExtractionFailed => "papers the rules failed on",
        CorpusProblemKind.NotAFile => "pipes, sockets and devices skipped",
        CorpusProblemKind.UnsupportedFile => "files of other kinds left alone",
        CorpusProblemKind.AlreadyRead => "places reached again through links",
        CorpusProblemKind.InvalidText => "lines that are not UTF-8 text skipped",
        CorpusProblemKind.TextRepaired => "records with invalid characters repaired",
        CorpusProblemKind.Truncated => "records cut to the size limits",
        _ => kind.ToString(),
    };
}
