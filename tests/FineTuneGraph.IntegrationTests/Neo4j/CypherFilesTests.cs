using System.Text.RegularExpressions;
using FineTuneGraph.Cypher;
using FineTuneGraph.Graph;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.IntegrationTests.Neo4j;

/// <summary>Every file under cypher/ must be valid Neo4j 5 Cypher and must run on the 3.1.1 test server.</summary>
public sealed class CypherFilesTests(Neo4jTestServer server) : IAsyncLifetime
{
    public static TheoryData<string> Paths => new(CypherLibrary.Paths);

    /// <summary>What the loader puts in place of each placeholder of a load template, for running it as the loader would.</summary>
    private static readonly Dictionary<string, string> Placeholders = new()
    {
        ["ENTITY_LABEL"] = "Method",
        ["PAPER_EDGE"] = "USES",
        ["FROM_LABEL"] = "Method",
        ["TO_LABEL"] = "Dataset",
        ["CLAIM_TYPE"] = "EVALUATED_ON",
        ["NODE_LABEL"] = "Paper",
        ["RELATIONSHIP_TYPE"] = "USES",
    };

    public async ValueTask InitializeAsync()
    {
        await server.ResetDatabaseAsync();
        // The load statements name the key indexes in hints, as a build creates them first.
        await new GraphSchema(server.Client).EnsureAsync(CancellationToken.None);
    }

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
    public async Task SchemaStatementsForNeo4j5_LintClean()
    {
        var dialect = Neo4jDialect.For(new Version(5, 26, 0));
        var statements = GraphVocabulary.Keys.Select(k => dialect.CreateUniqueConstraint(k.Label, k.Key).Text)
            .Append(dialect.CreateFulltextIndex("ftg_paper_text", GraphVocabulary.Paper, ["title", "abstract"])!.Text)
            .Append(dialect.CreateFulltextIndex("ftg_finding_text", GraphVocabulary.Finding, ["text"])!.Text);
        var file = Path.Combine(Path.GetTempPath(), $"ftg-schema-{Guid.NewGuid():N}.cypher");
        await File.WriteAllTextAsync(file, string.Join(";\n", statements) + ";\n", TestContext.Current.CancellationToken);
        try
        {
            var report = Assert.Single(await CypherLint.LintAsync(file));

            Assert.True(report.Diagnostics.Count == 0, string.Join(Environment.NewLine, report.Diagnostics.Select(d => $"{d.Line}:{d.Column}: {d.Message}")));
        }
        finally
        {
            File.Delete(file);
        }
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
        await server.Client.RunAsync("MERGE (p:Paper {id: 'p1'}) MERGE (m:Method {key: 'lora'}) SET m.name = 'LoRA' MERGE (p)-[:USES]->(m)", cancellationToken: TestContext.Current.CancellationToken);
        var script = CypherLibrary.Load(path);
        var statements = script.ToStatements()
            .Select(s => s with { Text = Regex.Replace(s.Text, @"\b(?:ENTITY_LABEL|PAPER_EDGE|FROM_LABEL|TO_LABEL|CLAIM_TYPE|NODE_LABEL|RELATIONSHIP_TYPE)\b", m => Placeholders[m.Value]) })
            .ToArray();

        var results = await server.Client.RunAsync(statements, TestContext.Current.CancellationToken);

        Assert.Equal(script.Statements.Count, results.Count);
    }
}
