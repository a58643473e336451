using FineTuneGraph.Cypher;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.IntegrationTests.Neo4j;

/// <summary>Every file under cypher/ must be valid Neo4j 5 Cypher and must run on the 3.1.1 test server.</summary>
public sealed class CypherFilesTests(Neo4jTestServer server) : IAsyncLifetime
{
    public static TheoryData<string> Paths => new(CypherLibrary.Paths);

    public async ValueTask InitializeAsync() => await server.ResetDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task EveryCypherFile_LintsCleanForNeo4j5()
    {
        var reports = await CypherLint.LintAsync(Path.Combine(CypherLint.Root, "cypher"));

        Assert.Equal(CypherLibrary.Paths.Count, reports.Count);
        var problems = reports.SelectMany(r => r.Diagnostics.Select(d => $"{r.File}:{d.Line}:{d.Column}: {d.Severity}: {d.Message}")).ToArray();
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Linter_Neo4j3OnlySyntax_IsReported()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ftg-lint-{Guid.NewGuid():N}.cypher");
        await File.WriteAllTextAsync(file, "CREATE CONSTRAINT ON (m:Method) ASSERT m.key IS UNIQUE;\n", TestContext.Current.CancellationToken);
        try
        {
            var report = Assert.Single(await CypherLint.LintAsync(file));

            var diagnostic = Assert.Single(report.Diagnostics);
            Assert.Equal("error", diagnostic.Severity);
            Assert.Equal(1, diagnostic.Line);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task CypherFile_RunsOnNeo4j311(string path)
    {
        await server.Client.RunAsync("CREATE (:Paper {id: 'p1'})-[:USES]->(:Method {key: 'lora', name: 'LoRA'})", cancellationToken: TestContext.Current.CancellationToken);
        var script = CypherLibrary.Load(path);

        var results = await server.Client.RunAsync(script.ToStatements(), TestContext.Current.CancellationToken);

        Assert.Equal(script.Statements.Count, results.Count);
    }
}
