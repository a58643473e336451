using System.CommandLine;
using System.Globalization;
using System.Net;
using FineTuneGraph.Browser;
using FineTuneGraph.LocalServer;
using FineTuneGraph.Neo4j;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary>
/// <c>ftg browser</c>: serves the Browser style sheet and guide with CORS headers (Neo4j cannot serve them itself) and
/// prints what to paste into Neo4j Browser; <c>--post-connect</c> makes the local server open the guide on connect.
/// </summary>
internal static class BrowserCommand
{
    public static Command Create(CliHost cli)
    {
        var port = new Option<int>("--port") { Description = $"Port to serve on, at http://localhost:PORT/ (default {BrowserAssetServer.DefaultPort})", DefaultValueFactory = _ => BrowserAssetServer.DefaultPort };
        var postConnect = new Option<bool>("--post-connect") { Description = "Make the local Neo4j (ftg neo4j start) play the guide whenever the Browser connects (browser.post_connect_cmd; applies at its next start)" };
        var duration = new Option<int?>("--for") { Description = "Stop after this many seconds instead of at Ctrl+C", HelpName = "SECONDS" };
        var command = new Command("browser", "Serve the Neo4j Browser style sheet (cypher/browser/style.grass) and guide (guide.html) on localhost with CORS headers until Ctrl+C, and print the :style and :play commands to paste into the Browser.");
        command.Options.Add(port);
        command.Options.Add(postConnect);
        command.Options.Add(duration);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(port) is < 1 or > 65535)
            {
                cli.Console.WriteError("--port must be between 1 and 65535");
                return ExitCodes.Failure;
            }

            if (parse.GetValue(duration) is < 1)
            {
                cli.Console.WriteError("--for must be at least 1 second");
                return ExitCodes.Failure;
            }

            await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
            return await ServeAsync(cli, app, parse.GetValue(port), parse.GetValue(postConnect), parse.GetValue(duration)).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> ServeAsync(CliHost cli, CliApp app, int port, bool postConnect, int? seconds)
    {
        var baseAddress = BrowserAssetServer.BaseAddress(port);
        var play = $"{baseAddress}{BrowserAssets.GuideName}";
        var neo4j = app.Get<IOptions<Neo4jOptions>>().Value;
        var local = IsLocal(neo4j.Uri);
        if (postConnect && SetPostConnect(cli, app, neo4j.Uri, local, play) is { } failed)
        {
            return failed;
        }

        HttpListener listener;
        try
        {
            listener = BrowserAssetServer.Listen(port);
        }
        catch (HttpListenerException ex)
        {
            cli.Console.WriteError($"cannot serve on {baseAddress}: {ex.Message} (another program uses port {port}? choose one with --port)");
            return ExitCodes.Failure;
        }

        using (listener)
        {
            var output = cli.Console.Out;
            output.WriteLine($"Serving the Neo4j Browser style and guide on {baseAddress} ({(seconds is { } s ? string.Create(CultureInfo.InvariantCulture, $"for {s} s") : "Ctrl+C to stop")}).");
            output.WriteLine($"Open Neo4j Browser: {BrowserAddress(neo4j.Uri, local)} (user {neo4j.Username}), then paste into its editor:");
            output.WriteLine($"  :style {baseAddress}{BrowserAssets.StyleSheetName}");
            output.WriteLine($"  :play {play}");
            output.WriteLine("The guide's host must be 'localhost' (the Browser's whitelist for guides); the style applies to graphs already on screen.");

            using var timeout = seconds is { } limit ? new CancellationTokenSource(TimeSpan.FromSeconds(limit)) : new CancellationTokenSource();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(app.Stopping, timeout.Token);
            await app.Get<BrowserAssetServer>().ServeAsync(listener, stop.Token).ConfigureAwait(false);
        }

        // Ctrl+C is how this command ends, not a failure.
        return ExitCodes.Success;
    }

    private static int? SetPostConnect(CliHost cli, CliApp app, string uri, bool local, string play)
    {
        if (!local)
        {
            cli.Console.WriteError($"--post-connect changes the local Neo4j (ftg neo4j start) only; Neo4j:Uri is {CliText.Printable(uri)}. On another server, add 'browser.post_connect_cmd=play {play}' to its neo4j.conf.");
            return ExitCodes.Failure;
        }

        var server = app.Get<LocalNeo4jServer>();
        var file = server.SetExtraSetting("browser.post_connect_cmd", "play " + play);
        cli.Console.Out.WriteLine($"Set browser.post_connect_cmd=play {play} for the local instance '{server.Instance}' ({CliText.Printable(file)}).");
        cli.Console.Out.WriteLine("It applies at the server's next start: ./ftg neo4j stop && ./ftg neo4j start");
        return null;
    }

    private static bool IsLocal(string uri) =>
        System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && (parsed.IsLoopback || parsed.Host == "localhost");

    private static string BrowserAddress(string uri, bool local) =>
        System.Uri.TryCreate(uri, UriKind.Absolute, out var parsed)
            ? new UriBuilder(parsed) { Host = local ? "localhost" : parsed.Host, Path = "/browser/" }.Uri.ToString()
            : uri;
}
