using System.CommandLine;
using FineTuneGraph.LocalServer;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg neo4j start|stop|status|reset|cypher-shell</c>: the local Neo4j 3.1.1 (scripts/neo4j.sh).</summary>
internal static class Neo4jServerCommand
{
    public static Command Create(CliHost cli)
    {
        var command = new Command("neo4j", "Run the local Neo4j Community 3.1.1 (provisioned from npm on first use; no Docker needed).");
        command.Subcommands.Add(Script(cli, "start", "Provision on first use, start, and wait until it answers. A no-op when it runs."));
        command.Subcommands.Add(Script(cli, "stop", "Stop the local server."));
        command.Subcommands.Add(Script(cli, "status", "Say whether it runs (exit code 3 when stopped)."));
        command.Subcommands.Add(Script(cli, "reset", "Stop it and delete its data, so the next start creates it afresh (e.g. after changing NEO4J_PASSWORD)."));

        var shell = new Command("cypher-shell", "Open the bundled cypher-shell over Bolt, logged in; extra arguments go to cypher-shell.");
        var rest = new Argument<string[]>("arguments") { Arity = ArgumentArity.ZeroOrMore, Description = "cypher-shell arguments, e.g. \"MATCH (n) RETURN count(n)\"" };
        shell.Arguments.Add(rest);
        shell.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
            return await app.Get<LocalNeo4jServer>().RunCypherShellAsync(parse.GetValue(rest) ?? [], app.Stopping).ConfigureAwait(false);
        });
        command.Subcommands.Add(shell);
        return command;
    }

    private static Command Script(CliHost cli, string name, string description)
    {
        var command = new Command(name, description);
        command.SetAction((parse, cancellationToken) => RunAsync(cli, parse, name, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliHost cli, ParseResult parse, string name, CancellationToken cancellationToken)
    {
        await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
        var outcome = await app.Get<LocalNeo4jServer>().RunScriptAsync(name, line => cli.Console.Out.WriteLine(CliText.Printable(line)), app.Stopping).ConfigureAwait(false);
        return outcome.ExitCode;
    }
}
