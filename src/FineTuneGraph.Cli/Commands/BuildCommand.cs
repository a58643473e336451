using System.CommandLine;
using FineTuneGraph.Corpus;
using FineTuneGraph.Graph;
using FineTuneGraph.LocalServer;
using FineTuneGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg build</c>: read, extract and load into Neo4j; the main job.</summary>
internal static class BuildCommand
{
    private static readonly Argument<string[]> Inputs = new("inputs")
    {
        Description = "Files or folders (searched recursively) to read; '-' reads standard input. Default: the bundled sample corpus (data/)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private static readonly Option<int> BatchSize = new("--batch-size")
    {
        Description = "Papers per transaction",
        DefaultValueFactory = _ => BuildOptions.DefaultBatchSize,
    };

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
        return await ExtractionRun.ExecuteAsync(cli, parse, async run =>
        {
            var services = run.Host.Services;
            if (parse.GetValue(Export) is { } export)
            {
                return await ExportRun.RunAsync(cli.Console, run, inputs, parse.GetValue(CorpusArguments.Format), export.FullName, cancellationToken).ConfigureAwait(false);
            }

            var options = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            if (!await LocalNeo4jStarter.EnsureAnsweringAsync(cli.Console, options, services.GetRequiredService<LocalNeo4jServer>(), cancellationToken).ConfigureAwait(false))
            {
                return ExitCodes.Failure;
            }

            var report = run.Report;
            var papers = run.ReadAsync(inputs, parse.GetValue(CorpusArguments.Format), cancellationToken);
            var builder = new GraphBuilder(services.GetRequiredService<ICypherClient>(), run.Extractor);
            var buildOptions = new BuildOptions(parse.GetValue(BatchSize), parse.GetValue(Force));
            var summary = await BuildProgressView.RunAsync(cli.Console, () => report.FilesRead, progress => builder.BuildAsync(papers, buildOptions, progress, cancellationToken)).ConfigureAwait(false);

            BuildSummaryView.Write(cli.Console, summary, report);
            BuildSummaryView.WriteNextSteps(cli.Console, options);
            return summary.Failures.Count > 0 || report.Failures > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
        }).ConfigureAwait(false);
    }
}
