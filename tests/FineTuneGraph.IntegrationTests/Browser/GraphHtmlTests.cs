using FineTuneGraph.Cli.Tests.Support;
using FineTuneGraph.Export;
using FineTuneGraph.LocalServer;

namespace FineTuneGraph.IntegrationTests.Browser;

/// <summary>
/// The graph.html of <c>build --export</c> of the bundled sample, opened from file:// in headless Chromium with every
/// host lookup failing (tools/browser-test/graph-html-test.mjs): it draws the heat map and the graph with no request
/// and no error. Needs no Neo4j. Skipped, saying why, only without Chromium.
/// </summary>
public sealed class GraphHtmlTests
{
    [Fact]
    public async Task ExportOfTheSample_GraphHtml_DrawsHeatMapAndGraphOffline()
    {
        if (!File.Exists(BrowserGuideTests.Chromium))
        {
            Assert.Skip($"{BrowserGuideTests.Chromium} is not installed (apt-get install -y chromium); .ci/run installs it");
        }

        var root = RepositoryLayout.FindRoot()!;
        var folder = Directory.CreateTempSubdirectory("ftg-graph-html-").FullName;
        // FTG_BROWSER_SCREENSHOTS=<checkout>/docs/screenshots refreshes the picture of the docs; by default it goes to the temp folder.
        var refresh = Environment.GetEnvironmentVariable("FTG_BROWSER_SCREENSHOTS");
        var shots = refresh is { Length: > 0 } ? refresh : Path.Combine(folder, "shots");
        try
        {
            var export = Path.Combine(folder, "export");
            var run = await CliRun.RunAsync(new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://127.0.0.1:1" }, "build", "--export", export);
            Assert.True(run.ExitCode == 0, run.Error);

            var report = await BrowserGuideTests.RunBrowserAsync(root, new Dictionary<string, string>
            {
                ["FTG_GRAPH_HTML"] = Path.Combine(export, GraphHtmlExporter.FileName),
                ["FTG_SCREENSHOTS"] = shots,
                ["CHROMIUM"] = BrowserGuideTests.Chromium,
            }, "graph-html-test.mjs");

            Assert.True(report.GetProperty("ok").GetBoolean(), report.ToString());
            Assert.Equal(0, report.GetProperty("errors").GetArrayLength());
            Assert.Equal(0, report.GetProperty("requests").GetArrayLength());
            Assert.Equal(0, report.GetProperty("failed").GetArrayLength());
            var cells = report.GetProperty("cells").EnumerateArray()
                .Select(c => (Method: c.GetProperty("method").GetString(), Dataset: c.GetProperty("dataset").GetString(), Papers: c.GetProperty("papers").GetInt32()))
                .ToArray();
            Assert.NotEmpty(cells);
            Assert.All(cells, c => Assert.True(c.Papers > 0));
            // Facts of the sample: Masked Thought and PortLLM are evaluated on GSM8K, DPO on MT-Bench.
            Assert.Contains(cells, c => c is { Method: "Masked Thought", Dataset: "GSM8K" });
            Assert.Contains(cells, c => c is { Method: "PortLLM", Dataset: "GSM8K" });
            Assert.Contains(cells, c => c is { Method: "DPO", Dataset: "MT-Bench" });
            Assert.InRange(report.GetProperty("rows").GetInt32(), 1, GraphPicture.DefaultTop);
            Assert.InRange(report.GetProperty("columns").GetInt32(), 1, GraphPicture.DefaultTop);

            var colours = GraphPicture.LabelColours();
            var nodes = report.GetProperty("nodes").EnumerateArray().Select(n => (Label: n.GetProperty("label").GetString()!, Fill: n.GetProperty("fill").GetString())).ToArray();
            Assert.NotEmpty(nodes);
            Assert.All(nodes, n => Assert.Equal(colours[n.Label], n.Fill));
            Assert.Equal(["Dataset", "Method", "Model"], nodes.Select(n => n.Label).Distinct().Order(StringComparer.Ordinal));
            Assert.True(report.GetProperty("edges").GetInt32() > 0);
            Assert.True(report.GetProperty("evidence").GetInt32() > 0, "clicking a cell showed no evidence sentence");
            Assert.True(new FileInfo(Path.Combine(shots, "graph-html.png")).Length > 10_000);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
