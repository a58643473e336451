using System.CommandLine;
using FineTuneGraph.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg rules</c>: work with the rule pack; <c>ftg rules check</c> loads it and lists every problem.</summary>
internal static class RulesCommand
{
    /// <summary>The <c>rules</c> group with <c>check</c> and any <paramref name="subcommands"/> (they inherit <c>--rules</c>).</summary>
    public static Command Create(CliHost cli, params IEnumerable<Command> subcommands)
    {
        var check = new Command("check", "Load the rule pack and list every problem as file:line:column: message; exit 1 when there is one.");
        check.SetAction(parse => Check(cli, parse));

        var command = new Command("rules", "Check and inspect the extraction rule pack (see docs/rules.md).");
        command.Options.Add(RulesArguments.Directory);
        command.Subcommands.Add(check);
        foreach (var subcommand in subcommands)
        {
            command.Subcommands.Add(subcommand);
        }

        return command;
    }

    /// <summary>Loads the pack that <c>--rules</c> or the settings name; on problems, shows them and returns null.</summary>
    public static RulePack? LoadPack(CliHost cli, ParseResult parse)
    {
        using var host = cli.Build(parse);
        var directory = RulesArguments.Resolve(parse, host.Services.GetRequiredService<IOptions<RulesOptions>>().Value);
        try
        {
            return RulePackLoader.Load(directory);
        }
        catch (RulePackException ex)
        {
            RulesPackView.WriteProblems(cli.Console, ex);
            return null;
        }
    }

    private static int Check(CliHost cli, ParseResult parse)
    {
        if (LoadPack(cli, parse) is not { } pack)
        {
            return ExitCodes.Failure;
        }

        RulesPackView.WriteSummary(cli.Console, pack);
        return ExitCodes.Success;
    }
}
