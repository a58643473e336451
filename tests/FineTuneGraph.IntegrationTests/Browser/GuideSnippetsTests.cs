using System.Text.RegularExpressions;
using FineTuneGraph.Browser;
using FineTuneGraph.IntegrationTests.Graph;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.IntegrationTests.Browser;

/// <summary>Every runnable snippet of the Browser guide is valid Neo4j 5 Cypher and answers on 3.1.1 loaded with the sample.</summary>
public sealed class GuideSnippetsTests(Neo4jTestServer server) : IAsyncLifetime
{
    public static TheoryData<string> Names => new(BrowserGuide.Snippets(BrowserAssets.Guide).Select(s => s.Name));

    public async ValueTask InitializeAsync()
    {
        await server.ResetDatabaseAsync();
        using var host = await server.StartHostAsync();
        await host.BuildAsync(await GraphBuildKit.SampleAsync(host));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task EverySnippet_LintsCleanForNeo4j5()
    {
        var folder = Directory.CreateTempSubdirectory("ftg-guide-").FullName;
        try
        {
            foreach (var snippet in BrowserGuide.Snippets(BrowserAssets.Guide))
            {
                await File.WriteAllTextAsync(Path.Combine(folder, snippet.Name + ".cypher"), snippet.Cypher + ";\n", TestContext.Current.CancellationToken);
            }

            var reports = await CypherLint.LintAsync(folder);

            Assert.Equal(BrowserGuide.Snippets(BrowserAssets.Guide).Count, reports.Count);
            var problems = reports.SelectMany(r => r.Diagnostics.Select(d => $"{Path.GetFileName(r.File)}:{d.Line}:{d.Column}: {d.Severity}: {d.Message}")).ToArray();
            Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Snippet_AnswersOnNeo4j311LoadedWithTheSample(string name)
    {
        var snippet = BrowserGuide.Snippets(BrowserAssets.Guide).Single(s => s.Name == name);

        var result = await server.Client.RunAsync(snippet.Cypher, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Rows.Count > 0, $"{name} returned no rows on the sample");
    }

    [Theory]
    [InlineData("neighbourhood")]
    [InlineData("method-dataset-graph")]
    public async Task PathSnippet_DrawsFewerNodesThanTheBrowsersLimit(string name)
    {
        var snippet = BrowserGuide.Snippets(BrowserAssets.Guide).Single(s => s.Name == name);
        // The same paths, counted instead of returned: the nodes the Browser would draw.
        var counting = Regex.Replace(snippet.Cypher, @"RETURN path\s+LIMIT (\d+)$", "WITH path LIMIT $1 UNWIND nodes(path) AS drawn RETURN count(DISTINCT drawn) AS n");
        Assert.NotEqual(snippet.Cypher, counting);

        var drawn = await server.CountAsync(counting);

        Assert.InRange(drawn, 2, 299);
    }
}
