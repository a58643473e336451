using FineTuneGraph.Graph;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;
using static FineTuneGraph.IntegrationTests.Graph.GraphBuildKit;

namespace FineTuneGraph.IntegrationTests.Graph;

/// <summary>Builds into the real 3.1.1 server: idempotent, incremental, resumable, with provenance on every edge.</summary>
public sealed class GraphBuilderTests(Neo4jTestServer server) : IAsyncLifetime
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await server.ResetDatabaseAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task BuildingTheSampleTwice_LeavesTheSameGraphAndSkipsEveryPaper()
    {
        using var host = await server.StartHostAsync();
        var papers = await SampleAsync(host);

        var first = await host.BuildAsync(papers);
        var once = await GraphFingerprint.ComputeAsync(server.Client, Token);
        var second = await host.BuildAsync(papers);
        var twice = await GraphFingerprint.ComputeAsync(server.Client, Token);
        var forced = await host.BuildAsync(papers, force: true);
        var thrice = await GraphFingerprint.ComputeAsync(server.Client, Token);

        Assert.Equal(86, first.Progress.PapersLoaded);
        Assert.Equal(86, second.Progress.PapersSkipped);
        Assert.Equal(0, second.Progress.PapersLoaded);
        Assert.Equal(86, forced.Progress.PapersLoaded);
        Assert.Equal(86, once.Counts["Paper"]);
        Assert.True(once.Counts["Method"] > 100, once.ToString());
        FingerprintAssert.Same(once, twice);
        FingerprintAssert.Same(once, thrice);
        Assert.All(second.Diff, d => Assert.Equal(0, d.Change));
    }

    [Fact]
    public async Task BatchSize_DoesNotChangeTheGraph()
    {
        using var host = await server.StartHostAsync();
        var papers = await SampleAsync(host);

        using (var big500 = await server.StartHostAsync(("Build:BatchSize", "500")))
        {
            await big500.BuildAsync(papers);
        }

        var big = await GraphFingerprint.ComputeAsync(server.Client, Token);
        await server.ResetDatabaseAsync();
        using (var small7 = await server.StartHostAsync(("Build:BatchSize", "7")))
        {
            await small7.BuildAsync(papers.Reverse());
        }

        var small = await GraphFingerprint.ComputeAsync(server.Client, Token);

        FingerprintAssert.Same(big, small);
    }

    [Fact]
    public async Task BuildStoppedMidway_IsCompletedByTheNextBuildWithoutDuplicates()
    {
        using var host = await server.StartHostAsync();
        var papers = await SampleAsync(host);
        await host.BuildAsync(papers);
        var complete = await GraphFingerprint.ComputeAsync(server.Client, Token);
        await server.ResetDatabaseAsync();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Token);
        var progress = new SynchronousProgress(p =>
        {
            if (p.Batches == 3)
            {
                stop.Cancel();
            }
        });
        using var tens = await server.StartHostAsync(("Build:BatchSize", "10"));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => tens.BuildAsync(papers, progress: progress, cancellationToken: stop.Token));
        var resumed = await tens.BuildAsync(papers);

        Assert.Equal(30, resumed.Progress.PapersSkipped);
        Assert.Equal(56, resumed.Progress.PapersLoaded);
        FingerprintAssert.Same(complete, await GraphFingerprint.ComputeAsync(server.Client, Token));
        var statuses = await server.Client.RunAsync("MATCH (i:Ingest) RETURN i.status AS status ORDER BY i.startedAt", cancellationToken: Token);
        Assert.Equal(["cancelled", "completed"], statuses.Column("status").Cast<string>());
    }

    [Fact]
    public async Task EveryPaperEdge_CarriesItsProvenance()
    {
        using var host = await server.StartHostAsync();
        await host.BuildAsync([Paper("p1", "A Study", "We fine-tune Llama 2 with LoRA and evaluate it on GSM8K. LoRA improves accuracy on GSM8K by 4.1%.")]);

        var result = await server.Client.RunAsync(
            "MATCH (:Paper {id: 'p1'})-[r:USES]->(:Method {key: 'lora'}) RETURN r.sentences AS sentences, r.starts AS starts, r.ends AS ends, r.rules AS rules, r.surfaces AS surfaces, r.evidence AS evidence",
            cancellationToken: Token);

        Assert.Equal([1L, 2L], (IEnumerable<object?>)result.Value(0, "sentences")!);
        Assert.Equal([26L, 57L], (IEnumerable<object?>)result.Value(0, "starts")!);
        Assert.Equal([30L, 61L], (IEnumerable<object?>)result.Value(0, "ends")!);
        Assert.Equal(["dict:lora", "dict:lora"], (IEnumerable<object?>)result.Value(0, "rules")!);
        Assert.Equal(["LoRA", "LoRA"], (IEnumerable<object?>)result.Value(0, "surfaces")!);
        Assert.Equal("We fine-tune Llama 2 with LoRA and evaluate it on GSM8K.", result.Value(0, "evidence"));
    }

    [Fact]
    public async Task AggregatedRelation_KeepsItsPapersInOrderAndLosesAChangedPapersSupport()
    {
        using var host = await server.StartHostAsync();
        var one = Paper("p1", "One", "We evaluate LoRA on GSM8K.");
        var two = Paper("p2", "Two", "LoRA is evaluated on GSM8K and it works.");

        await host.BuildAsync([two, one]);
        var both = await EvaluatedOnAsync();
        await host.BuildAsync([two with { Abstract = "We study QLoRA on Alpaca." }]);
        var after = await EvaluatedOnAsync();

        Assert.Equal(["p1", "p2"], both.Papers);
        Assert.Equal(2L, both.Count);
        Assert.Equal("We evaluate LoRA on GSM8K.", both.Evidence);
        Assert.Equal(["p1"], after.Papers);
        Assert.Equal(1L, after.Count);
    }

    [Fact]
    public async Task RemovingAnAlias_RemovesTheEdgesThatDependedOnIt()
    {
        var rules = Directory.CreateTempSubdirectory("ftg-rules-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(Repository("rules")))
            {
                File.Copy(file, Path.Combine(rules, Path.GetFileName(file)));
            }

            var paper = Paper("p1", "A Study", "We evaluate LoRA on Grade School Math 8K.");
            using (var host = await server.StartHostAsync())
            {
                await host.BuildAsync([paper]);
            }

            var before = await server.Client.RunAsync("MATCH (:Paper {id: 'p1'})-[:USES_DATASET]->(d:Dataset {key: 'gsm8k'}) RETURN count(d) AS n", cancellationToken: Token);
            var datasets = Path.Combine(rules, "datasets.yaml");
            await File.WriteAllLinesAsync(datasets, (await File.ReadAllLinesAsync(datasets, Token)).Where(l => l.Trim() != "- Grade School Math 8K"), Token);

            using var edited = await server.StartHostAsync(("Rules:Directory", rules));
            var rebuilt = await edited.BuildAsync([paper]);

            Assert.Equal(1L, before.Value(0, "n"));
            Assert.Equal(1, rebuilt.Progress.PapersLoaded);
            var left = await server.Client.RunAsync("MATCH (d:Dataset {key: 'gsm8k'}) RETURN count(d) AS n", cancellationToken: Token);
            Assert.Equal(0L, left.Value(0, "n"));
            var claims = await server.Client.RunAsync("MATCH (:Method)-[r:EVALUATED_ON]->() RETURN count(r) AS n", cancellationToken: Token);
            Assert.Equal(0L, claims.Value(0, "n"));
            Assert.Contains(rebuilt.Diff, d => d.Name == "Dataset" && d.Change == -1);
        }
        finally
        {
            Directory.Delete(rules, recursive: true);
        }
    }

    [Fact]
    public async Task LaterRicherRecordOfAPaper_UpdatesItEvenWithTheSameText()
    {
        var first = Paper("p1", "A Study", "We evaluate LoRA on GSM8K.") with { Authors = [] };
        var richer = first with { Revision = 1, Authors = ["Grace Hopper"], Doi = "10.1/x" };

        using var host = await server.StartHostAsync(("Build:BatchSize", "1"));
        var summary = await host.BuildAsync([first, Paper("p2", "Other", "We use DPO."), richer]);

        Assert.Equal(3, summary.Progress.PapersLoaded);
        var paper = await server.Client.RunAsync("MATCH (p:Paper {id: 'p1'})-[:AUTHORED_BY]->(a:Author) RETURN p.doi AS doi, a.name AS author", cancellationToken: Token);
        Assert.Equal("10.1/x", paper.Value(0, "doi"));
        Assert.Equal("Grace Hopper", paper.Value(0, "author"));
    }

    [Fact]
    public async Task ABuildStillAlive_IsLeftRunning_ADeadOneIsMarkedInterrupted()
    {
        string At(TimeSpan ago) => (DateTimeOffset.UtcNow - ago).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);
        await server.Client.RunAsync(
            "CREATE (:Ingest {id: 'alive', status: 'running', startedAt: $long, heartbeatAt: $recent}), (:Ingest {id: 'dead', status: 'running', startedAt: $long, heartbeatAt: $long})",
            new Dictionary<string, object?> { ["long"] = At(TimeSpan.FromHours(1)), ["recent"] = At(TimeSpan.FromSeconds(5)) },
            Token);
        using var host = await server.StartHostAsync(("Build:StaleRunAfter", "00:02:00"));

        await host.BuildAsync([Paper("p1", "One", "We evaluate LoRA on GSM8K.")]);

        var statuses = await server.Client.RunAsync("MATCH (i:Ingest) WHERE i.id IN ['alive', 'dead'] RETURN i.id AS id, i.status AS status ORDER BY id", cancellationToken: Token);
        Assert.Equal(["running", "interrupted"], statuses.Column("status").Cast<string>());
    }

    [Fact]
    public async Task Ingest_RecordsWhoAskedAndWhatWasRead()
    {
        using var host = await server.StartHostAsync();

        var summary = await host.BuildAsync([Paper("p1", "One", "We evaluate LoRA on GSM8K.")]);

        var ingest = await server.Client.RunAsync("MATCH (i:Ingest {id: $id}) RETURN i.trigger AS trigger, i.inputs AS inputs, i.status AS status, i.heartbeatAt AS heartbeat", new Dictionary<string, object?> { ["id"] = summary.IngestId }, Token);
        Assert.Equal("build", ingest.Value(0, "trigger"));
        Assert.Equal(["test papers"], (IEnumerable<object?>)ingest.Value(0, "inputs")!);
        Assert.Equal("completed", ingest.Value(0, "status"));
        Assert.NotNull(ingest.Value(0, "heartbeat"));
    }

    private async Task<(string[] Papers, long Count, string Evidence)> EvaluatedOnAsync()
    {
        var result = await server.Client.RunAsync("MATCH (:Method {key: 'lora'})-[r:EVALUATED_ON]->(:Dataset {key: 'gsm8k'}) RETURN r.papers AS papers, r.count AS count, r.evidence AS evidence", cancellationToken: Token);
        return (((IEnumerable<object?>)result.Value(0, "papers")!).Cast<string>().ToArray(), (long)result.Value(0, "count")!, (string)result.Value(0, "evidence")!);
    }

    private sealed class SynchronousProgress(Action<BuildProgress> report) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => report(value);
    }
}
