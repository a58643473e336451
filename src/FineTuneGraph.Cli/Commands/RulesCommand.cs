using System.CommandLine;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg rules</c>: work with the rule pack; <c>ftg rules check</c> loads it and lists every problem.</summary>
internal static class RulesCommand
{
    /// <summary>The <c>rules</c> group with <c>check</c> and any <paramref name="subcommands"/> (they inherit <c>--rules</c>).</summary>
    public static Command Create(CliHost cli, params IEnumerable<Command> subcommands)
    {
        var check = new Command("check", "Load the rule pack and list every problem as file:line:column: message; exit 1 when there is one.");
        check.SetAction((parse, cancellationToken) => CheckAsync(cli, parse, cancellationToken));

        var command = new Command("rules", "Check and inspect the extraction rule pack (see docs/rules.md).");
        command.Options.Add(RulesArguments.Directory);
        command.Subcommands.Add(check);
        foreach (var subcommand in subcommands)
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    private static async Task<int> CheckAsync(CliHost cli, ParseResult parse, CancellationToken cancellationToken)
    {
        await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
        RulesPackView.WriteSummary(cli.Console, app.Get<RulePackProvider>().Current.Pack.Pack);
        return ExitCodes.Success;
    }
}
