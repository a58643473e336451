using FineTuneGraph.Graph;
using FineTuneGraph.IntegrationTests.Graph;
using FineTuneGraph.Inbox;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static FineTuneGraph.IntegrationTests.Graph.GraphBuildKit;

namespace FineTuneGraph.IntegrationTests.Inbox;

/// <summary>The hosted worker on the real 3.1.1 server: each test starts its own worker on its own inbox, bounded in time.</summary>
public sealed class InboxWorkerTests(Neo4jTestServer server) : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);
    private readonly string _inbox = InboxFiles.NewInbox();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await server.ResetDatabaseAsync();

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_inbox, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task FileDroppedAfterStart_IsInTheGraphWithinFiveSeconds()
    {
        // With the product's own settle time, not the quicker one of the other tests.
        await using var worker = await InboxWorkerHost.StartAsync(server, _inbox, ("Watch:SettleTime", new WatchOptions().SettleTime.ToString()));
        await worker.WaitForIdleAsync();

        await File.WriteAllTextAsync(Path.Combine(_inbox, "first.jsonl"), InboxFiles.Lines(1, 3), Token);
        var first = await Eventually.HoldsAsync(async () => await PapersAsync() == 3, Bound, "3 papers in the graph", worker.Describe);
        await worker.WaitForIdleAsync();
        await File.WriteAllTextAsync(Path.Combine(_inbox, "second.jsonl"), InboxFiles.Lines(10, 3), Token);
        var second = await Eventually.HoldsAsync(async () => await PapersAsync() == 6, Bound, "6 papers in the graph", worker.Describe);

        // The first file of a freshly emptied database also waits for Neo4j 3.1 to plan every statement anew.
        TestContext.Current.SendDiagnosticMessage($"dropped files in the graph after {first.TotalSeconds:0.00} s (first) and {second.TotalSeconds:0.00} s (second)");
        Assert.True(first < TimeSpan.FromSeconds(10), $"the first file took {first.TotalSeconds:0.0} s to reach the graph");
        Assert.True(second < TimeSpan.FromSeconds(5), $"the second file took {second.TotalSeconds:0.0} s to reach the graph");
    }

    [Fact]
    public async Task HalfWrittenFile_IsNotReadUntilItIsComplete()
    {
        await using var worker = await InboxWorkerHost.StartAsync(server, _inbox);
        await worker.WaitForIdleAsync();
        var path = Path.Combine(_inbox, "slow.jsonl");
        var whole = InboxFiles.Lines(1, 2);
        var cut = whole.Length - 40;

        var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        await using (writer)
        {
            await writer.WriteAsync(System.Text.Encoding.UTF8.GetBytes(whole[..cut]), Token);
            await writer.FlushAsync(Token);
            // Ten settle times and several cycles with the file standing still, its last line unfinished.
            await worker.WaitForIdleAsync(cycles: 3);
            await Task.Delay(TimeSpan.FromSeconds(3), Token);
            Assert.Equal(0, await PapersAsync());
            Assert.Equal(0, await server.CountAsync("MATCH (i:Ingest) RETURN count(i) AS n"));

            await writer.WriteAsync(System.Text.Encoding.UTF8.GetBytes(whole[cut..]), Token);
        }

        await Eventually.HoldsAsync(async () => await PapersAsync() == 2, Bound, "both papers in the graph once the file is complete", worker.Describe);
        Assert.Equal(1, await server.CountAsync("MATCH (i:Ingest) RETURN count(i) AS n"));
    }

    [Fact]
    public async Task FilesThatCannotBeRead_AreQuarantinedWithTheirReason_WhileGoodOnesLoad()
    {
        await File.WriteAllBytesAsync(Path.Combine(_inbox, "broken.jsonl.gz"), [0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff], Token);
        await File.WriteAllBytesAsync(Path.Combine(_inbox, "binary.txt"), [0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00], Token);
        Directory.CreateDirectory(Path.Combine(_inbox, "sub"));
        await File.WriteAllTextAsync(Path.Combine(_inbox, "sub", "nothing-usable.jsonl"), "{\"title\": \"no abstract\"}\n{not json\n", Token);
        await File.WriteAllTextAsync(Path.Combine(_inbox, "good.jsonl"), InboxFiles.Lines(1, 2) + "{not json\n", Token);

        await using var worker = await InboxWorkerHost.StartAsync(server, _inbox);
        await Eventually.HoldsAsync(() => Directory.Exists(Path.Combine(_inbox, Quarantine.FolderName)) && Directory.GetFiles(Path.Combine(_inbox, Quarantine.FolderName), "*.error.txt", SearchOption.AllDirectories).Length == 3,
            Bound, "three files quarantined", worker.Describe);
        await worker.WaitForIdleAsync();

        Assert.Equal(2, await PapersAsync());
        Assert.True(File.Exists(Path.Combine(_inbox, "good.jsonl")), "a file with some good records stays and is finished");
        Assert.Contains("corrupt gzip", await File.ReadAllTextAsync(Path.Combine(_inbox, ".failed", "broken.jsonl.gz.error.txt"), Token), StringComparison.Ordinal);
        Assert.Contains("binary file", await File.ReadAllTextAsync(Path.Combine(_inbox, ".failed", "binary.txt.error.txt"), Token), StringComparison.Ordinal);
        Assert.Contains("nothing-usable.jsonl:2: invalid JSON", await File.ReadAllTextAsync(Path.Combine(_inbox, ".failed", "sub", "nothing-usable.jsonl.error.txt"), Token), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_inbox, ".failed", "sub", "nothing-usable.jsonl")));
        Assert.False(File.Exists(Path.Combine(_inbox, "binary.txt")));
        var ledger = await server.Client.RunAsync("MATCH (f:SourceFile) RETURN f.path AS path, f.papers AS papers, f.problems AS problems", cancellationToken: Token);
        Assert.Equal([Path.Combine(_inbox, "good.jsonl")], ledger.Column("path").Cast<string>());
        Assert.Equal(2L, ledger.Value(0, "papers"));
        Assert.Equal(1L, ledger.Value(0, "problems"));
    }

    [Fact]
    public async Task FilesArrivingTogether_AreBuiltTogether()
    {
        await using var worker = await InboxWorkerHost.StartAsync(server, _inbox, ("Watch:SettleTime", "00:00:01"));
        await worker.WaitForIdleAsync();

        for (var i = 0; i < 5; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(_inbox, $"part-{i}.jsonl"), InboxFiles.Lines(i * 10, 2), Token);
        }

        await Eventually.HoldsAsync(async () => await PapersAsync() == 10, Bound, "10 papers in the graph", worker.Describe);
        var ingests = await server.Client.RunAsync("MATCH (i:Ingest) RETURN i.trigger AS trigger, size(i.inputs) AS inputs", cancellationToken: Token);
        Assert.Equal(["watch"], ingests.Column("trigger").Cast<string>());
        Assert.Equal(5L, ingests.Value(0, "inputs"));
    }

    [Fact]
    public async Task Restart_DoesNotReadFinishedFilesAgain_AndAChangedFileIsReadAgain()
    {
        var first = Path.Combine(_inbox, "first.jsonl");
        await File.WriteAllTextAsync(first, InboxFiles.Lines(1, 2), Token);
        await File.WriteAllTextAsync(Path.Combine(_inbox, "second.jsonl"), InboxFiles.Lines(10, 2), Token);
        await using (var before = await InboxWorkerHost.StartAsync(server, _inbox))
        {
            await Eventually.HoldsAsync(async () => await server.CountAsync("MATCH (f:SourceFile) RETURN count(f) AS n") == 2, Bound, "both files finished", before.Describe);
        }

        await using var after = await InboxWorkerHost.StartAsync(server, _inbox);
        await after.WaitForIdleAsync(cycles: 2);
        Assert.Equal(1, await server.CountAsync("MATCH (i:Ingest) RETURN count(i) AS n"));
        Assert.DoesNotContain(after.Logs.GetSnapshot(), r => r.Message.StartsWith("Building", StringComparison.Ordinal));

        await File.AppendAllTextAsync(first, InboxFiles.Line(3) + "\n", Token);
        await Eventually.HoldsAsync(async () => await PapersAsync() == 5, Bound, "the added paper in the graph", after.Describe);
        await after.WaitForIdleAsync();
        var rebuild = await server.Client.RunAsync("MATCH (i:Ingest) RETURN i.inputs AS inputs, i.papersSkipped AS skipped, i.papers AS loaded ORDER BY i.startedAt DESC LIMIT 1", cancellationToken: Token);
        Assert.Equal([first], (IEnumerable<object?>)rebuild.Value(0, "inputs")!);
        Assert.Equal(2L, rebuild.Value(0, "skipped"));
        Assert.Equal(1L, rebuild.Value(0, "loaded"));
    }

    [Fact]
    public async Task EditedRules_ChangeTheGraph_ABrokenEditDoesNot()
    {
        var rules = Directory.CreateTempSubdirectory("ftg-watch-rules-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Repository("rules")))
            {
                File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
            }

            await File.WriteAllTextAsync(Path.Combine(_inbox, "paper.jsonl"), InboxFiles.Line(1, "We evaluate LoRA on Grade School Math 8K.") + "\n", Token);
            await using var worker = await InboxWorkerHost.StartAsync(server, _inbox, ("Rules:Directory", rules));
            await Eventually.HoldsAsync(async () => await DatasetsAsync() == 1, Bound, "GSM8K in the graph", worker.Describe);
            var datasets = Path.Combine(rules, "datasets.yaml");
            var original = await File.ReadAllLinesAsync(datasets, Token);

            await File.WriteAllLinesAsync(datasets, [.. original, "  - key: broken", "    nmae: Broken"], Token);
            await Eventually.HoldsAsync(() => worker.Logs.GetSnapshot().Any(r => r.Level == LogLevel.Error && r.Message.Contains("datasets.yaml:", StringComparison.Ordinal)),
                Bound, "the broken pack refused with its file and line", worker.Describe);
            await worker.WaitForIdleAsync(cycles: 2);
            Assert.Equal(1, await DatasetsAsync());

            await File.WriteAllLinesAsync(datasets, original.Where(l => l.Trim() != "- Grade School Math 8K"), Token);
            await Eventually.HoldsAsync(async () => await DatasetsAsync() == 0, Bound, "GSM8K gone once the alias is removed", worker.Describe);
            // The build logs its diff after its last statement, so the log line may follow the graph by a moment.
            await Eventually.HoldsAsync(() => worker.Logs.GetSnapshot().Any(r => r.Message.Contains("graph diff: Dataset -1", StringComparison.Ordinal)), Bound, "the diff of the rebuild logged", worker.Describe);
        }
        finally
        {
            Directory.Delete(rules, recursive: true);
        }
    }

    [Fact]
    public async Task BuildAndWorker_GiveTheSameGraphForTheSameInputs()
    {
        File.Copy(Repository("data", "hf-papers-fine-tuning.txt"), Path.Combine(_inbox, "sample.txt"));
        await File.WriteAllTextAsync(Path.Combine(_inbox, "more.jsonl"), InboxFiles.Lines(1, 20), Token);
        using (var host = await server.StartHostAsync())
        {
            await host.Services.GetRequiredService<FineTuneGraph.Pipeline.GraphBuildService>().BuildAsync(new FineTuneGraph.Pipeline.BuildRequest([_inbox]), cancellationToken: Token);
        }

        var built = await GraphFingerprint.ComputeAsync(server.Client, Token);
        await server.ResetDatabaseAsync();

        await using var worker = await InboxWorkerHost.StartAsync(server, _inbox);
        await Eventually.HoldsAsync(async () => await server.CountAsync("MATCH (f:SourceFile) RETURN count(f) AS n") == 2, Bound, "both files finished", worker.Describe);

        FingerprintAssert.Same(built, await GraphFingerprint.ComputeAsync(server.Client, Token));
    }

    [Fact]
    public async Task Neo4jStoppedWhileTheWorkerRuns_TheWorkerWaitsThenFinishes_NothingLost()
    {
        await using var worker = await InboxWorkerHost.StartAsync(server, _inbox);
        await File.WriteAllTextAsync(Path.Combine(_inbox, "before.jsonl"), InboxFiles.Lines(1, 5), Token);
        await Eventually.HoldsAsync(async () => await PapersAsync() == 5, Bound, "the first file loaded", worker.Describe);

        var stop = await server.LocalServer.StopAsync(cancellationToken: Token);
        Assert.Equal(0, stop.ExitCode);
        try
        {
            await File.WriteAllTextAsync(Path.Combine(_inbox, "during.jsonl"), InboxFiles.Lines(100, 5), Token);
            await Eventually.HoldsAsync(() => worker.Worker.Status.State == WorkerStates.WaitingForNeo4j, Bound, "the worker waiting for Neo4j", worker.Describe);
        }
        finally
        {
            var start = await server.LocalServer.StartAsync(cancellationToken: Token);
            Assert.Equal(0, start.ExitCode);
        }

        await Eventually.HoldsAsync(async () => await server.CountAsync("MATCH (f:SourceFile) RETURN count(f) AS n") == 2, TimeSpan.FromSeconds(60), "the second file finished after Neo4j returned", worker.Describe);
        Assert.Equal(10, await PapersAsync());
        Assert.Equal(0, await server.CountAsync("MATCH (p:Paper) WITH p.id AS id, count(*) AS n WHERE n > 1 RETURN count(id) AS n"));
        await Eventually.HoldsAsync(() => worker.Logs.GetSnapshot().Any(r => r.Message.Contains("answers again", StringComparison.Ordinal)), Bound, "the worker says Neo4j is back", worker.Describe);
    }

    private Task<int> PapersAsync() => server.CountAsync("MATCH (p:Paper) RETURN count(p) AS n");

    private Task<int> DatasetsAsync() => server.CountAsync("MATCH (d:Dataset {key: 'gsm8k'}) RETURN count(d) AS n");
}
