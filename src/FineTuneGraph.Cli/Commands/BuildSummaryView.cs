using System.Globalization;
using FineTuneGraph.Corpus;
using FineTuneGraph.Graph;
using FineTuneGraph.Neo4j;
using FineTuneGraph.Pipeline;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary>The end of a build: what was read and loaded, the graph diff, the failures, and where to look next.</summary>
internal static class BuildSummaryView
{
    /// <summary>What <c>build --export</c> wrote.</summary>
    public static void WriteExport(CliConsole console, ExportSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Export").AddColumn("What").AddColumn("Result");
        table.AddRow("papers", N(summary.Papers));
        table.AddRow("nodes / relationships", $"{N(summary.Nodes)} / {N(summary.Relationships)}");
        table.AddRow("neo4j-admin CSV", CliText.Safe($"{summary.CsvFiles.Count - 1} files and import.sh in {summary.Directory}"));
        table.AddRow("Cypher script", CliText.Safe($"{summary.CypherScript} ({summary.CypherStatements} statements)"));
        table.AddRow("picture (no server needed)", CliText.Safe(summary.GraphHtml));
        table.AddRow("time", $"{summary.Elapsed.TotalSeconds:N1} s");
        console.Error.Write(table);
    }

    public static void Write(CliConsole console, BuildSummary summary, CorpusReport report)
    {
        var p = summary.Progress;
        var seconds = Math.Max(summary.Elapsed.TotalSeconds, 0.001);
        var table = new Table().Border(TableBorder.Rounded).Title($"Build {CliText.Safe(summary.IngestId)}").AddColumn("Papers").AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("read", N(p.PapersRead));
        table.AddRow("loaded", N(p.PapersLoaded));
        table.AddRow("skipped (unchanged)", N(p.PapersSkipped));
        table.AddRow("failed", N(p.PapersFailed + report.Failures));
        table.AddRow("time", CliText.Safe($"{summary.Elapsed.TotalSeconds:N1} s ({p.PapersLoaded / seconds:N0} papers/s loaded)"));
        table.AddRow("nodes created / deleted", $"{N(summary.Counters.NodesCreated)} / {N(summary.Counters.NodesDeleted + summary.OrphansRemoved)}");
        table.AddRow("relationships created / deleted", $"{N(summary.Counters.RelationshipsCreated)} / {N(summary.Counters.RelationshipsDeleted)}");
        console.Error.Write(table);

        var diff = new Table().Border(TableBorder.Rounded).Title("Graph against the previous build")
            .AddColumn("Label or type").AddColumn(new TableColumn("Before").RightAligned()).AddColumn(new TableColumn("After").RightAligned()).AddColumn(new TableColumn("Change").RightAligned());
        foreach (var line in summary.Diff)
        {
            var name = line.Kind == "node" ? $":{line.Name}" : $"-[:{line.Name}]-";
            var change = line.Change switch { > 0 => $"[green]+{N(line.Change)}[/]", < 0 => $"[red]{N(line.Change)}[/]", _ => "0" };
            diff.AddRow(CliText.Safe(name), N(line.Before), N(line.After), change);
        }

        console.Error.Write(diff);
        foreach (var failure in summary.Failures)
        {
            console.WriteError($"{failure.Source}: paper {failure.PaperId} was not loaded: {failure.Reason}");
        }
    }

    /// <summary>The local quick-start password that appsettings.json and scripts/neo4j.sh publish: not a secret, so it is shown.</summary>
    private const string PublishedLocalPassword = "finetunegraph";

    public static void WriteNextSteps(CliConsole console, Neo4jOptions options)
    {
        var password = options.Password == PublishedLocalPassword
            ? $"password [bold]{PublishedLocalPassword}[/] (the local default)"
            : "the password you set in NEO4J_PASSWORD / Neo4j:Password";
        console.Error.MarkupLine($"Explore the graph in Neo4j Browser: [link]{CliText.Safe(options.GetBaseUri() + "browser/")}[/] (user [bold]{CliText.Safe(options.Username)}[/], {password}; connect to bolt://{CliText.Safe(options.GetBaseUri().Host)}:{options.BoltPort}).");
        console.Error.WriteLine("Recipes to try (./ftg recipes list shows all; ./ftg recipes show NAME prints one to paste into the Browser):");
        console.Error.WriteLine("  ./ftg recipes run methods-evaluated-on-dataset --param dataset=GSM8K   which methods were evaluated on GSM8K?");
        console.Error.WriteLine("  ./ftg recipes run method-dataset-matrix                               the method x dataset pairs most papers support");
        console.Error.WriteLine("  ./ftg recipes run graph-overview                                     nodes per label, relationships per type, latest builds");
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
