using System.Net;
using System.Net.Sockets;
using FineTuneGraph.Browser;
using FineTuneGraph.Cli.Tests.Support;
using FineTuneGraph.LocalServer;

namespace FineTuneGraph.Cli.Tests.Commands;

public sealed class BrowserCommandTests
{
    [Fact]
    public async Task Browser_ServesStyleAndGuideWithCorsHeaders_AndPrintsWhatToPaste()
    {
        var port = UnusedPort();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = CliRun.RunAsync(new Dictionary<string, string?>(), stop.Token, "browser", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--for", "60");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            var style = await GetWhenListeningAsync(http, $"http://localhost:{port}/style.grass", run);
            var guide = await http.GetAsync(new Uri($"http://localhost:{port}/guide.html"), TestContext.Current.CancellationToken);
            using var preflight = new HttpRequestMessage(HttpMethod.Options, $"http://localhost:{port}/guide.html");
            preflight.Headers.Add("Origin", "http://localhost:7474");
            preflight.Headers.Add("Access-Control-Request-Method", "GET");
            preflight.Headers.Add("Access-Control-Request-Headers", "x-ajax-browser-auth");
            var options = await http.SendAsync(preflight, TestContext.Current.CancellationToken);
            var missing = await http.GetAsync(new Uri($"http://localhost:{port}/secret.txt"), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.OK, style.StatusCode);
            Assert.Equal("*", Assert.Single(style.Headers.GetValues("Access-Control-Allow-Origin")));
            Assert.Equal(BrowserAssets.StyleSheet, await style.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.OK, guide.StatusCode);
            Assert.Equal("*", Assert.Single(guide.Headers.GetValues("Access-Control-Allow-Origin")));
            Assert.Equal("text/html", guide.Content.Headers.ContentType?.MediaType);
            Assert.Equal(BrowserAssets.Guide, await guide.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            Assert.Equal(HttpStatusCode.NoContent, options.StatusCode);
            Assert.Equal("*", Assert.Single(options.Headers.GetValues("Access-Control-Allow-Origin")));
            Assert.Equal("x-ajax-browser-auth", Assert.Single(options.Headers.GetValues("Access-Control-Allow-Headers")));
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }
        finally
        {
            await stop.CancelAsync();
        }

        var result = await run;
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($":style http://localhost:{port}/style.grass", result.Output, StringComparison.Ordinal);
        Assert.Contains($":play http://localhost:{port}/guide.html", result.Output, StringComparison.Ordinal);
        Assert.Contains("http://localhost:7474/browser/", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_ForSeconds_StopsByItself()
    {
        var run = await CliRun.RunAsync("browser", "--port", UnusedPort().ToString(System.Globalization.CultureInfo.InvariantCulture), "--for", "1").WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public async Task Browser_PortInUse_IsAOneLineError()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await CliRun.RunAsync("browser", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--for", "1");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"cannot serve on http://localhost:{port}/", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Browser_PostConnect_WritesTheSettingForTheLocalInstanceOnly()
    {
        var instance = "browser-test-" + Guid.NewGuid().ToString("N")[..8];
        var directory = Path.Combine(RepositoryLayout.FindRoot()!, ".neo4j", "instances", instance);
        var port = UnusedPort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        try
        {
            var local = await CliRun.RunAsync(new Dictionary<string, string?> { ["LocalNeo4j:Instance"] = instance }, "browser", "--port", port, "--for", "1", "--post-connect");
            var again = await CliRun.RunAsync(new Dictionary<string, string?> { ["LocalNeo4j:Instance"] = instance }, "browser", "--port", port, "--for", "1", "--post-connect");
            var remote = await CliRun.RunAsync(new Dictionary<string, string?> { ["LocalNeo4j:Instance"] = instance, ["Neo4j:Uri"] = "http://neo4j.example:7474" }, "browser", "--port", port, "--for", "1", "--post-connect");

            Assert.Equal(0, local.ExitCode);
            Assert.Equal(0, again.ExitCode);
            Assert.Equal([$"browser.post_connect_cmd=play http://localhost:{port}/guide.html"], await File.ReadAllLinesAsync(Path.Combine(directory, "extra.conf"), TestContext.Current.CancellationToken));
            Assert.Contains("./ftg neo4j stop && ./ftg neo4j start", local.Output, StringComparison.Ordinal);
            Assert.Equal(1, remote.ExitCode);
            Assert.Contains("--post-connect changes the local Neo4j", remote.Error, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    [Theory]
    [InlineData("0", "--port must be between 1 and 65535")]
    [InlineData("70000", "--port must be between 1 and 65535")]
    public async Task Browser_BadPort_SaysWhy(string port, string message)
    {
        var run = await CliRun.RunAsync("browser", "--port", port);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> GetWhenListeningAsync(HttpClient http, string url, Task<CliRun> run)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            Assert.False(run.IsCompleted, run.IsCompleted ? (await run).Error : null);
            try
            {
                return await http.GetAsync(new Uri(url), deadline.Token);
            }
            catch (HttpRequestException) when (!deadline.IsCancellationRequested)
            {
                // Not listening yet: the command is still starting its host.
                await Task.Delay(50, deadline.Token);
            }
        }
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
