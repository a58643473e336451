using FineTuneGraph.Corpus;
using FineTuneGraph.Pipeline;

namespace FineTuneGraph.Cli.Commands;

/// <summary>Requests whose corpus problems are printed as they happen.</summary>
internal static class CorpusRequests
{
    public static CorpusRequest Corpus(CliConsole console, IReadOnlyList<string> inputs, CorpusFormat format) =>
        new(inputs) { Format = format, Report = Printing(console) };

    public static BuildRequest Build(CliConsole console, IReadOnlyList<string> inputs, CorpusFormat format, bool force) =>
        new(inputs) { Format = format, Report = Printing(console), Force = force };

    private static CorpusReport Printing(CliConsole console)
    {
        var report = new CorpusReport();
        report.ProblemFound += problem => CorpusReportView.WriteProblem(console, problem);
        return report;
    }
}
