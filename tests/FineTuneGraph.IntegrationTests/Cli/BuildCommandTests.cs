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

    [Fact]
    public async Task Status_AfterTwoBuilds_ShowsThemNewestFirstWithWhatTheyRead()
    {
        var folder = Directory.CreateTempSubdirectory("ftg-status-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "one.jsonl"), """{"id": "2401.00001", "title": "LoRA on GSM8K", "abstract": "We evaluate LoRA on GSM8K."}""" + "\n", TestContext.Current.CancellationToken);
            await CliRun.RunAsync(server.Configuration, "build", folder);
            await File.WriteAllTextAsync(Path.Combine(folder, "two.jsonl"), """{"id": "2401.00002", "title": "DPO", "abstract": "We study DPO on AlpacaEval."}""" + "\n", TestContext.Current.CancellationToken);
            await CliRun.RunAsync(server.Configuration, "build", folder);

            var run = await CliRun.RunAsync(server.Configuration, "status", "--limit", "5");

            Assert.Equal(0, run.ExitCode);
            var rows = run.Output.Split('\n').Where(l => l.Contains("│ build", StringComparison.Ordinal)).ToArray();
            Assert.Equal(2, rows.Length);
            Assert.Matches(@"│ build\s+│ completed\s+│[^│]+│[^│]+│\s+2 │\s+2 │\s+1 │\s+1 │\s+0 │", rows[0]);
            Assert.Matches(@"│ build\s+│ completed\s+│[^│]+│[^│]+│\s+1 │\s+1 │\s+1 │\s+0 │\s+0 │", rows[1]);
            Assert.Contains("Worker ledger: 0 files finished", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
