using FineTuneGraph.Cli.Tests.Support;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.IntegrationTests.Cli;

public sealed class BuildCommandTests(Neo4jTestServer server) : IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await server.ResetDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Build_Sample_LoadsEveryPaperThenSkipsThemAndRecordsBothIngests()
    {
        var first = await CliRun.RunAsync(server.Configuration, "build");
        var second = await CliRun.RunAsync(server.Configuration, "build");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"│ loaded\s+│\s+86 │", first.Error);
        Assert.Matches(@"│ :Paper\s+│\s+0 │\s+86 │\s+\+86 │", first.Error);
        Assert.Contains("methods-evaluated-on-dataset.cypher", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, second.ExitCode);
        Assert.Matches(@"│ skipped \(unchanged\)\s+│\s+86 │", second.Error);
        var ingests = await server.Client.RunAsync("MATCH (i:Ingest) RETURN i.status AS status, i.papers AS papers ORDER BY i.startedAt", cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(["completed", "completed"], ingests.Column("status").Cast<string>());
        Assert.Equal([86L, 0L], ingests.Column("papers").Cast<long>());
    }

    [Fact]
    public async Task Build_OneBadFileAmongGoodOnes_LoadsTheRestAndExitsTwo()
    {
        var folder = Directory.CreateTempSubdirectory("ftg-build-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "good.jsonl"), """{"id": "2401.00001", "title": "LoRA on GSM8K", "abstract": "We evaluate LoRA on GSM8K."}""" + "\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, "bad.jsonl"), "{\"id\": \"2401.00002\", \"title\": \n", TestContext.Current.CancellationToken);

            var run = await CliRun.RunAsync(server.Configuration, "build", folder);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("bad.jsonl", run.Error, StringComparison.Ordinal);
            var papers = await server.Client.RunAsync("MATCH (p:Paper) RETURN p.id AS id", cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(["2401.00001"], papers.Column("id").Cast<string>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
