using System.Diagnostics;
using System.Globalization;
using FineTuneGraph.Corpus;
using FineTuneGraph.Export;
using FineTuneGraph.Graph;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg build --export DIR</c>: the graph a build would load, written as files instead.</summary>
internal static class ExportRun
{
    public static async Task<int> RunAsync(CliConsole console, ExtractionRun run, IEnumerable<string> inputs, CorpusFormat format, string directory, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var graph = new ExportedGraph();
        await foreach (var extraction in run.ExtractAllRevisionsAsync(inputs, format, cancellationToken).ConfigureAwait(false))
        {
            graph.Add(PaperGraphProjector.Project(extraction, run.Extractor.Pack.Hash));
        }

        var files = await AdminImportCsvExporter.WriteAsync(graph, directory, cancellationToken).ConfigureAwait(false);
        var statements = await CypherScriptExporter.WriteAsync(graph, directory, cancellationToken).ConfigureAwait(false);
        var table = new Table().Border(TableBorder.Rounded).Title("Export").AddColumn("What").AddColumn("Result");
        table.AddRow("papers", graph.PaperCount.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("nodes / relationships", $"{graph.Nodes().Count:N0} / {graph.Relationships().Count:N0}");
        table.AddRow("neo4j-admin CSV", Markup.Escape($"{files.Count - 1} files and import.sh in {directory}"));
        table.AddRow("Cypher script", Markup.Escape($"{Path.Combine(directory, CypherScriptExporter.FileName)} ({statements} statements)"));
        table.AddRow("time", $"{watch.Elapsed.TotalSeconds:N1} s");
        console.Error.Write(table);
        return CorpusReportView.ExitCode(run.Report);
    }
}
