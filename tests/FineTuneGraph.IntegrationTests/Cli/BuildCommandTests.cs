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
        Assert.Contains("./ftg recipes run methods-evaluated-on-dataset --param dataset=GSM8K", first.Error, StringComparison.Ordinal);
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

    [Fact]
    public async Task Build_CancelledPartWay_ExitsOneThirtyAndTheNextBuildCompletesIt()
    {
        var folder = Directory.CreateTempSubdirectory("ftg-cancel-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "many.jsonl"), FineTuneGraph.IntegrationTests.Inbox.InboxFiles.Lines(1, 600), TestContext.Current.CancellationToken);
            using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            var watching = Task.Run(async () =>
            {
                while (!cancel.IsCancellationRequested && (long)(await server.Client.RunAsync("MATCH (p:Paper) RETURN count(p) AS n", cancellationToken: cancel.Token)).Value(0, "n")! == 0)
                {
                    await Task.Delay(50, cancel.Token);
                }

                await cancel.CancelAsync();
            }, TestContext.Current.CancellationToken);

            var cancelled = await CliRun.RunAsync(server.Configuration, cancel.Token, "build", folder, "--batch-size", "50");
            await watching.ContinueWith(_ => { }, TestContext.Current.CancellationToken);
            var completed = await CliRun.RunAsync(server.Configuration, "build", folder, "--batch-size", "50");

            Assert.Equal(130, cancelled.ExitCode);
            Assert.Contains("Error: cancelled; what was loaded so far stays, and the next run completes it.", cancelled.Error, StringComparison.Ordinal);
            Assert.Equal(0, completed.ExitCode);
            Assert.Matches(@"│ skipped \(unchanged\)\s+│\s+[1-9]\d* │", completed.Error);
            var papers = await server.Client.RunAsync("MATCH (p:Paper) RETURN count(p) AS n", cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(600L, papers.Value(0, "n"));
            var statuses = await server.Client.RunAsync("MATCH (i:Ingest) RETURN i.status AS status ORDER BY i.startedAt", cancellationToken: TestContext.Current.CancellationToken);
            Assert.Equal(["cancelled", "completed"], statuses.Column("status").Cast<string>());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
