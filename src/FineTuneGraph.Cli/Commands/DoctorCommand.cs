using System.CommandLine;
using FineTuneGraph.Neo4j;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg doctor</c>: is Neo4j there, which one, do the credentials work, how fast is it, what schema does it have.</summary>
internal static class DoctorCommand
{
    private const int LatencySamples = 5;

    public static Command Create(CliHost cli)
    {
        var command = new Command("doctor", "Check the connection to Neo4j: address, version and edition, database, authentication, round-trip latency and constraints.");
        command.SetAction((parse, cancellationToken) => RunAsync(cli, parse, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliHost cli, ParseResult parse, CancellationToken cancellationToken)
    {
        await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
        var options = app.Get<IOptions<Neo4jOptions>>().Value;
        var client = app.Get<ICypherClient>();
        cancellationToken = app.Stopping;

        var server = await client.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        var latencies = new List<double>();
        for (var i = 0; i < LatencySamples; i++)
        {
            var started = app.Get<TimeProvider>().GetTimestamp();
            await client.RunAsync("RETURN 1 AS ok", cancellationToken: cancellationToken).ConfigureAwait(false);
            latencies.Add(app.Get<TimeProvider>().GetElapsedTime(started).TotalMilliseconds);
        }

        var dialect = Neo4jDialect.For(server);
        var constraints = dialect.DescribeConstraints(await client.RunAsync(dialect.ListConstraints().Text, cancellationToken: cancellationToken).ConfigureAwait(false));

        latencies.Sort();
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Check").AddColumn("Result");
        table.AddRow("Neo4j URI", CliText.Safe(options.GetBaseUri().ToString()));
        table.AddRow("Server", CliText.Safe($"Neo4j {server.Version} {server.Edition}"));
        table.AddRow("Database", CliText.Safe(server.IsLegacy3x ? $"{server.Database} (3.x has a single database; Neo4j:Database applies from 4.0)" : server.Database));
        table.AddRow("Bolt", CliText.Safe(server.BoltUri ?? "not advertised"));
        table.AddRow("Authentication", string.IsNullOrEmpty(options.Password)
            ? "[yellow]no credentials sent[/] (the server accepted anonymous requests)"
            : CliText.Safe($"ok (user {options.Username})"));
        table.AddRow("Round trip", CliText.Safe($"{latencies[latencies.Count / 2]:0.0} ms median of {LatencySamples} (min {latencies[0]:0.0}, max {latencies[^1]:0.0})"));
        table.AddRow("Constraints", constraints.Count == 0 ? "none" : CliText.Safe(string.Join(Environment.NewLine, constraints), keepLineBreaks: true));
        cli.Console.Out.Write(table);
        return ExitCodes.Success;
    }
}
