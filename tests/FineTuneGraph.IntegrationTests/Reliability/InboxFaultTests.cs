using System.Diagnostics;
using FineTuneGraph.Inbox;
using FineTuneGraph.IntegrationTests.Inbox;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.IntegrationTests.Reliability;

/// <summary>
/// Files that change or disappear while the worker reads them: whatever the reader saw mid-way, the graph ends with
/// every paper of the file as it is now, none twice, and a deleted file costs nothing but itself.
/// </summary>
public sealed class InboxFaultTests(Neo4jTestServer server) : IAsyncLifetime
{
    private const int Papers = 600;
    private readonly string _inbox = InboxFiles.NewInbox();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await server.ResetDatabaseAsync();

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_inbox, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task FilesRewrittenAndDeletedWhileTheWorkerReadsThem_TheGraphEndsWithWhatTheFilesHoldNow()
    {
        var changing = Path.Combine(_inbox, "changing.jsonl");
        var vanishing = Path.Combine(_inbox, "vanishing.jsonl");
        await File.WriteAllTextAsync(changing, InboxFiles.Lines(1, Papers), Token);
        await File.WriteAllTextAsync(vanishing, InboxFiles.Lines(20_001, Papers), Token);
        await using var worker = await InboxWorkerHost.StartAsync(server, _inbox, ("Build:BatchSize", "25"));

        // Changed once the first batch is in the graph, so the reader is part-way through.
        await Eventually.HoldsAsync(async () => await server.CountAsync("MATCH (p:Paper) RETURN count(p) AS n") > 0, TimeSpan.FromSeconds(60), "the worker part-way through the files", worker.Describe);
        var changed = Stopwatch.StartNew();
        await File.WriteAllTextAsync(changing, InboxFiles.Lines(10_001, Papers), Token);
        File.Delete(vanishing);

        await Eventually.HoldsAsync(async () => await server.CountAsync("MATCH (p:Paper) WHERE p.id STARTS WITH '2501.1' RETURN count(p) AS n") == Papers,
            TimeSpan.FromSeconds(120), "every paper of the rewritten file in the graph", worker.Describe);
        await worker.WaitForIdleAsync(timeout: TimeSpan.FromSeconds(60));
        var settled = changed.Elapsed;

        Assert.False(worker.Worker.Faulted);
        Assert.Equal(0, await server.CountAsync("MATCH (p:Paper) WITH p.id AS id, count(*) AS n WHERE n > 1 RETURN count(id) AS n"));
        var fromVanished = await server.CountAsync("MATCH (p:Paper) WHERE p.id STARTS WITH '2501.2' RETURN count(p) AS n");
        Assert.True(fromVanished is 0 or Papers, $"{fromVanished} papers of the deleted file: it was read whole or not at all");
        var fromOldContent = await server.CountAsync("MATCH (p:Paper) WHERE p.id STARTS WITH '2501.0' RETURN count(p) AS n");
        Assert.False(Directory.Exists(Path.Combine(_inbox, Quarantine.FolderName)), "nothing quarantined");

        ReliabilityRecord.Write("faults", "worker: one file rewritten and another deleted while it reads them", "recovered", new Dictionary<string, object?>
        {
            ["papers"] = Papers,
            ["lost"] = 0,
            ["duplicates"] = 0,
            ["papersOfTheDeletedFile"] = fromVanished,
            ["papersOfTheOverwrittenContent"] = fromOldContent,
            ["secondsToRecover"] = Math.Round(settled.TotalSeconds, 1),
        });
    }
}
