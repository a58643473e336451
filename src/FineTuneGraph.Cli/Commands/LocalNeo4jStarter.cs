using System.Net;
using System.Net.Sockets;
using FineTuneGraph.LocalServer;
using FineTuneGraph.Neo4j;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary>
/// Starts the local Neo4j (scripts/neo4j.sh) when the configured address is on this machine and nothing answers
/// there, so the first `ftg build` on a fresh clone needs no set-up. A remote address is never touched.
/// </summary>
internal static class LocalNeo4jStarter
{
    public static async Task<bool> EnsureAnsweringAsync(CliConsole console, Neo4jOptions options, LocalNeo4jServer local, CancellationToken cancellationToken)
    {
        var uri = options.GetBaseUri();
        if (await AnswersAsync(uri, cancellationToken).ConfigureAwait(false) || !IsLocal(uri))
        {
            return true;
        }

        console.Error.MarkupLineInterpolated($"No Neo4j answers at {uri}: starting the local Neo4j 3.1.1 (scripts/neo4j.sh; the first start downloads it, about 20 s) ...");
        var outcome = await local.StartAsync(line => console.PlainError.WriteLine(line), cancellationToken).ConfigureAwait(false);
        if (outcome.ExitCode != 0)
        {
            console.WriteError($"the local Neo4j did not start (exit {outcome.ExitCode}). Start it with './ftg neo4j start' or point NEO4J_URI at a running server.");
            return false;
        }

        if (!await AnswersAsync(uri, cancellationToken).ConfigureAwait(false))
        {
            // The instance was already running, on the ports it was first started with.
            console.WriteError($"the local Neo4j instance '{local.Instance}' runs, but not at {uri}. Use its address, or another instance for this address (FTG__LocalNeo4j__Instance=NAME).");
            return false;
        }

        return true;
    }

    private static bool IsLocal(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host, out var address) && IPAddress.IsLoopback(address));

    private static async Task<bool> AnswersAsync(Uri uri, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(2));
        try
        {
            await client.ConnectAsync(uri.Host, uri.Port, timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception error) when (error is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
