using System.CommandLine;
using FineTuneGraph.Cli.Commands;
using FineTuneGraph.Cypher.Recipes;
using FineTuneGraph.Evaluation;
using FineTuneGraph.Export;
using FineTuneGraph.Neo4j;
using FineTuneGraph.Rules;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace FineTuneGraph.Cli;

/// <summary>The <c>ftg</c> command tree and the boundary where exceptions become messages and exit codes.</summary>
internal static class FtgCommandLine
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, IReadOnlyDictionary<string, string?>? configuration = null, CancellationToken cancellationToken = default)
    {
        var host = new CliHost(console, configuration ?? new Dictionary<string, string?>());
        var root = new RootCommand("FineTuneGraph: turns research-paper abstracts into an explorable Neo4j knowledge graph.");
        GlobalOptions.AddTo(root);
        root.Subcommands.Add(BrowserCommand.Create(host));
        root.Subcommands.Add(BuildCommand.Create(host));
        root.Subcommands.Add(CorpusCommand.Create(host));
        root.Subcommands.Add(DoctorCommand.Create(host));
        root.Subcommands.Add(EvalCommand.Create(host));
        root.Subcommands.Add(ExtractCommand.Create(host));
        root.Subcommands.Add(Neo4jServerCommand.Create(host));
        root.Subcommands.Add(RulesCommand.Create(host, RulesExplainCommand.Create(host), RulesStatsCommand.Create(host)));
        root.Subcommands.Add(WatchCommand.Create(host));
        root.Subcommands.Add(HealthCommand.Create(host));
        root.Subcommands.Add(StatusCommand.Create(host));
        root.Subcommands.Add(RecipesCommand.Create(host));

        var parse = root.Parse(args);
        var invocation = new InvocationConfiguration
        {
            Output = console.PlainOut,
            Error = console.PlainError,
            EnableDefaultExceptionHandler = false,
            // The host's console lifetime handles Ctrl+C and SIGTERM: commands stop through their host, the worker
            // finishes or rolls back its batch, and the process exits with the command's code.
            ProcessTerminationTimeout = null,
        };
        try
        {
            return await parse.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException ex)
        {
            console.WriteError("invalid configuration:");
            foreach (var failure in ex.Failures)
            {
                console.Error.MarkupLineInterpolated($"  - {ValidationMessage.Of(failure)}");
            }

            return ExitCodes.Failure;
        }
        catch (Neo4jException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.Failure;
        }
        catch (RulePackException ex)
        {
            RulesPackView.WriteProblems(console, ex);
            return ExitCodes.Failure;
        }
        catch (RecipeException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.Failure;
        }
        catch (ExportException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.Failure;
        }
        catch (GoldFileException ex)
        {
            console.WriteError(ex.Message);
            return ExitCodes.Failure;
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM stopped the host (or the caller cancelled): what was committed stays, the rest rolled back.
            console.WriteError("cancelled; what was loaded so far stays, and the next run completes it.");
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The boundary: any other exception is a bug, reported with its stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            console.Error.WriteException(ex);
            return ExitCodes.InternalError;
        }
    }
}
