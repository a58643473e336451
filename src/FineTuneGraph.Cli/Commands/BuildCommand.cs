using System.CommandLine;
using FineTuneGraph.LocalServer;
using FineTuneGraph.Neo4j;
using FineTuneGraph.Pipeline;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg build</c>: read, extract and load into Neo4j; the main job.</summary>
internal static class BuildCommand
{
    /// <summary>Papers per transaction: the <c>Build:BatchSize</c> setting.</summary>
    public static readonly Option<int?> BatchSize = new("--batch-size")
    {
        Description = $"Papers per transaction (the Build:BatchSize setting; default {BuildOptions.DefaultBatchSize})",
        HelpName = "N",
    };

    private static readonly Argument<string[]> Inputs = CorpusArguments.WithoutOptionLikePaths(new Argument<string[]>("inputs")
    {
        Description = "Files or folders (searched recursively) to read; '-' reads standard input. Default: the bundled sample corpus (data/)",
        Arity = ArgumentArity.ZeroOrMore,
    });

    private static readonly Option<bool> Force = new("--force") { Description = "Reprocess papers whose text and rules did not change" };

    private static readonly Option<DirectoryInfo?> Export = new("--export")
    {
        Description = "Write the graph to this folder instead of Neo4j: CSV files for neo4j-admin database import, and one Cypher script (no Neo4j needed)",
    };

    public static Command Create(CliHost cli)
    {
        var command = new Command("build", "Read abstracts, extract with the rule pack and load the graph into Neo4j (starts the local Neo4j when none is configured or answering).");
        command.Arguments.Add(Inputs);
        command.Options.Add(CorpusArguments.Format);
        command.Options.Add(RulesArguments.Directory);
        command.Options.Add(BatchSize);
        command.Options.Add(Force);
        command.Options.Add(Export);
        command.SetAction((parse, cancellationToken) => RunAsync(cli, parse, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliHost cli, ParseResult parse, CancellationToken cancellationToken)
    {
        var inputs = parse.GetValue(Inputs) is { Length: > 0 } given ? given : [Path.Combine(RepositoryLayout.FindRoot() ?? ".", "data")];
        var format = parse.GetValue(CorpusArguments.Format);
        await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
        var service = app.Get<GraphBuildService>();
        // A broken pack is reported before anything else is started or read.
        _ = service.Rules.Current;

        if (parse.GetValue(Export) is { } export)
        {
            var exportRequest = CorpusRequests.Corpus(cli.Console, inputs, format);
            var exported = await service.ExportAsync(exportRequest, export.FullName, app.Stopping).ConfigureAwait(false);
            BuildSummaryView.WriteExport(cli.Console, exported);
            return CorpusReportView.ExitCode(exportRequest.Report);
        }

        var options = app.Get<IOptions<Neo4jOptions>>().Value;
        if (!await LocalNeo4jStarter.EnsureAnsweringAsync(cli.Console, options, app.Get<LocalNeo4jServer>(), app.Stopping).ConfigureAwait(false))
        {
            return ExitCodes.Failure;
        }

        var request = CorpusRequests.Build(cli.Console, inputs, format, parse.GetValue(Force));
        var summary = await BuildProgressView.RunAsync(cli.Console, app.Get<TimeProvider>(), () => request.Report.FilesRead, progress => service.BuildAsync(request, progress, app.Stopping)).ConfigureAwait(false);
        BuildSummaryView.Write(cli.Console, summary, request.Report);
        BuildSummaryView.WriteNextSteps(cli.Console, options);
        return summary.Failures.Count > 0 || request.Report.Failures > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
    }
}
