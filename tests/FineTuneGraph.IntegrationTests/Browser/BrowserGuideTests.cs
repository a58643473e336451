using System.Diagnostics;
using System.Text.Json;
using FineTuneGraph.Browser;
using FineTuneGraph.IntegrationTests.Graph;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.LocalServer;
using Microsoft.Extensions.DependencyInjection;

namespace FineTuneGraph.IntegrationTests.Browser;

/// <summary>
/// The Browser experience end to end: the real 3.1.1 Browser of the test server, loaded with the sample, in headless
/// Chromium (tools/browser-test): log in, apply the product's style and play its guide as served by the product, run the
/// guide's neighbourhood snippet by clicking it, and check what was drawn. Skipped, saying why, only without Chromium.
/// </summary>
public sealed class BrowserGuideTests(Neo4jTestServer server) : IAsyncLifetime
{
    internal const string Chromium = "/usr/bin/chromium";
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            return;
        }

        await server.ResetDatabaseAsync();
        using var host = await server.StartHostAsync();
        await host.BuildAsync(await GraphBuildKit.SampleAsync(host));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Guide_NeighbourhoodSnippet_IsDrawnWithTheStylesColours()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Skip($"{Chromium} is not installed (apt-get install -y chromium); .ci/run installs it");
        }

        var root = RepositoryLayout.FindRoot()!;
        // FTG_BROWSER_SCREENSHOTS=<checkout>/docs/screenshots refreshes the pictures of the docs; by default they go to a temp folder.
        var refresh = Environment.GetEnvironmentVariable("FTG_BROWSER_SCREENSHOTS");
        var shots = refresh is { Length: > 0 } ? refresh : Directory.CreateTempSubdirectory("ftg-browser-shots-").FullName;
        try
        {
            await RunAndCheckAsync(root, shots);
        }
        finally
        {
            if (refresh is not { Length: > 0 })
            {
                Directory.Delete(shots, recursive: true);
            }
        }
    }

    private async Task RunAndCheckAsync(string root, string shots)
    {
        var sheet = GraphStyleSheet.Parse(BrowserAssets.StyleSheet);
        var labelColours = sheet.Rules.Where(r => r.Selector.StartsWith("node.", StringComparison.Ordinal))
            .ToDictionary(r => r.Properties["color"].ToUpperInvariant(), r => r.Selector["node.".Length..]);
        var port = Neo4jTestServer.UnusedPort();
        using var listener = BrowserAssetServer.Listen(port);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var host = server.CreateHost();
        var serving = host.Services.GetRequiredService<BrowserAssetServer>().ServeAsync(listener, stop.Token);
        JsonElement report;
        try
        {
            report = await RunBrowserAsync(root, new Dictionary<string, string>
            {
                ["FTG_BROWSER_URL"] = $"http://localhost:{Neo4jTestServer.HttpPort}/browser/",
                ["FTG_ASSETS_URL"] = BrowserAssetServer.BaseAddress(port),
                ["NEO4J_PASSWORD"] = Neo4jTestServer.Password,
                ["FTG_SNIPPET"] = "neighbourhood",
                ["FTG_SCREENSHOTS"] = shots,
                ["CHROMIUM"] = Chromium,
            });
        }
        finally
        {
            await stop.CancelAsync();
            await serving;
        }

        Assert.True(report.GetProperty("ok").GetBoolean(), report.ToString());
        Assert.True(report.GetProperty("guideSnippets").GetInt32() >= 8, report.ToString());
        var nodes = report.GetProperty("nodes").GetInt32();
        Assert.InRange(nodes, 2, 299);
        var fills = report.GetProperty("fills").EnumerateArray().Select(f => f.GetString()?.ToUpperInvariant() ?? "none").ToArray();
        Assert.Equal(nodes, fills.Length);
        var unstyled = fills.Where(f => !labelColours.ContainsKey(f)).Distinct().ToArray();
        Assert.True(unstyled.Length == 0, $"circles not in a label's colour of style.grass: {string.Join(", ", unstyled)}");
        var drawnLabels = fills.Select(f => labelColours[f]).ToHashSet(StringComparer.Ordinal);
        // LoRA's neighbourhood: the method itself, the papers that use or propose it, and the entities it is related to.
        Assert.Contains("Method", drawnLabels);
        Assert.Contains("Paper", drawnLabels);
        Assert.Contains(report.GetProperty("captions").EnumerateArray(), c => c.GetString() == "LoRA");
        var methodDiameter = double.Parse(sheet["node.Method"]!["diameter"].TrimEnd('p', 'x'), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(report.GetProperty("radii").EnumerateArray(), r => Math.Abs(r.GetDouble() - methodDiameter / 2) < 0.01);
        Assert.Contains(report.GetProperty("relationshipCaptions").EnumerateArray(), c => c.GetString() is "USES" or "PROPOSES");
        Assert.True(new FileInfo(Path.Combine(shots, "browser-guide.png")).Length > 10_000);
        Assert.True(new FileInfo(Path.Combine(shots, "browser-graph.png")).Length > 10_000);
    }

    /// <summary>Runs a script of tools/browser-test (installed on first use) and returns the JSON report it prints last.</summary>
    internal static async Task<JsonElement> RunBrowserAsync(string root, IReadOnlyDictionary<string, string> environment, string script = "browser-test.mjs")
    {
        var tool = Path.Combine(root, "tools", "browser-test");
        await EnsureInstalledAsync(tool);
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = tool,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(script);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        deadline.CancelAfter(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"tools/browser-test did not finish in 3 minutes: {await error}");
        }

        var text = (await output).Trim();
        Assert.True(text.StartsWith('{'), $"tools/browser-test (exit {process.ExitCode}) printed no report: {text}{Environment.NewLine}{await error}");
        return JsonDocument.Parse(text.Split('\n')[^1]).RootElement.Clone();
    }

    private static async Task EnsureInstalledAsync(string tool)
    {
        await InstallLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (Directory.Exists(Path.Combine(tool, "node_modules", "playwright-core")))
            {
                return;
            }

            var start = new ProcessStartInfo("npm") { WorkingDirectory = tool, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "ci", "--no-audit", "--no-fund", "--loglevel=error" })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start npm.");
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.True(process.ExitCode == 0, $"npm ci in tools/browser-test failed: {await output}{await error}");
        }
        finally
        {
            InstallLock.Release();
        }
    }
}
