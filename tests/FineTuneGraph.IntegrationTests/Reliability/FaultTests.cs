using System.Diagnostics;
using FineTuneGraph.Cli.Tests.Support;
using FineTuneGraph.Graph;
using FineTuneGraph.IntegrationTests.Graph;
using FineTuneGraph.IntegrationTests.Inbox;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;
using FineTuneGraph.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace FineTuneGraph.IntegrationTests.Reliability;

/// <summary>
/// Faults during a build, on the real server: whatever breaks, the rerun ends with the clean build's fingerprint,
/// no paper lost and nothing applied twice. Each scenario writes what it measured to artifacts/reliability/faults.jsonl.
/// </summary>
public sealed class FaultTests(Neo4jTestServer server) : IAsyncLifetime
{
    private static readonly string Batch = FaultCorpus.BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        await FaultCorpus.CleanAsync(server);
        await server.ResetDatabaseAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Neo4jKilledMidBuild_ThenRestarted_TheRerunGivesTheCleanGraph()
    {
        var clean = await FaultCorpus.CleanAsync(server);
        await using var build = FtgProcess.Run(server, ["build", FaultCorpus.Folder, "--batch-size", Batch]);
        await Eventually.HoldsAsync(async () => await FaultCorpus.PapersAsync(server.Client) > 0, TimeSpan.FromSeconds(60), "the build under way", () => build.Log);

        KillNeo4j();
        var failed = await build.WaitForExitAsync(TimeSpan.FromSeconds(60));
        var restarted = Stopwatch.StartNew();
        Assert.Equal(0, (await server.LocalServer.StartAsync(cancellationToken: Token)).ExitCode);
        var rerun = await CliRun.RunAsync(server.Configuration, "build", FaultCorpus.Folder, "--batch-size", Batch);
        var recovered = restarted.Elapsed;

        Assert.Equal(1, failed);
        Assert.Equal(0, rerun.ExitCode);
        await AssertCleanAsync(clean);
        Record("Neo4j killed (SIGKILL) mid-build, restarted, build run again", failed, recovered);
    }

    [Fact]
    public async Task FtgKilledMidBuild_AnImmediateRerunGivesTheCleanGraph_AndMarksTheDeadBuild()
    {
        var clean = await FaultCorpus.CleanAsync(server);
        await using (var build = FtgProcess.Run(server, ["build", FaultCorpus.Folder, "--batch-size", Batch]))
        {
            await Eventually.HoldsAsync(async () => await FaultCorpus.PapersAsync(server.Client) > 0, TimeSpan.FromSeconds(60), "the build under way", () => build.Log);
            build.Signal("KILL");
            await build.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }

        var rerunning = Stopwatch.StartNew();
        var rerun = await CliRun.RunAsync(server.Configuration, "build", FaultCorpus.Folder, "--batch-size", Batch);
        var recovered = rerunning.Elapsed;

        Assert.Equal(0, rerun.ExitCode);
        await AssertCleanAsync(clean);
        var statuses = await server.Client.RunAsync("MATCH (i:Ingest) RETURN i.status AS status ORDER BY i.startedAt", cancellationToken: Token);
        Assert.Equal(["interrupted", "completed"], statuses.Column("status").Cast<string>());
        Record("ftg killed (SIGKILL) mid-build, build run again at once", 137, recovered);
    }

    [Fact]
    public async Task ConnectionsCutAndDelayedByAProxy_BuildsRunUntilDone_GiveTheCleanGraph()
    {
        var clean = await FaultCorpus.CleanAsync(server);
        await using var proxy = new TcpProxy(Neo4jTestServer.HttpPort) { Delay = TimeSpan.FromMilliseconds(20) };
        using var chaos = new CancellationTokenSource();
        var cuts = 0;
        var cutting = Task.Run(async () =>
        {
            while (!chaos.IsCancellationRequested)
            {
                await Task.Delay(2000, CancellationToken.None);
                proxy.Reset();
                cuts++;
            }
        }, CancellationToken.None);
        var configuration = new Dictionary<string, string?>(server.Configuration) { ["Neo4j:Uri"] = proxy.Uri };
        var runs = 0;
        var exit = -1;
        var started = Stopwatch.StartNew();
        while (exit != 0 && runs < 20)
        {
            runs++;
            exit = (await CliRun.RunAsync(configuration, "build", FaultCorpus.Folder, "--batch-size", Batch)).ExitCode;
        }

        await chaos.CancelAsync();
        await cutting;

        Assert.True(exit == 0, $"still failing after {runs} runs");
        await AssertCleanAsync(clean);
        Record("every connection reset each 2 s and every reply delayed 20 ms by a proxy; build run until it succeeds", 0, started.Elapsed,
            ("runs", runs), ("connectionResets", cuts));
    }

    [Fact]
    public async Task TwoBuildsAndAWorkerOnOverlappingInputs_AllComplete_WithTheGraphOfOne()
    {
        var clean = await FaultCorpus.CleanAsync(server);
        var inbox = InboxFiles.NewInbox();
        try
        {
            File.Copy(Path.Combine(FaultCorpus.Folder, "papers.jsonl"), Path.Combine(inbox, "papers.jsonl"));
            var started = Stopwatch.StartNew();
            await using var worker = await InboxWorkerHost.StartAsync(server, inbox, ("Build:BatchSize", Batch));
            var builds = await Task.WhenAll(
                CliRun.RunAsync(server.Configuration, "build", FaultCorpus.Folder, "--batch-size", Batch, "--force"),
                CliRun.RunAsync(server.Configuration, "build", inbox, "--batch-size", Batch, "--force"));
            await Eventually.HoldsAsync(async () => (long)(await server.Client.RunAsync("MATCH (f:SourceFile) RETURN count(f) AS n", cancellationToken: Token)).Value(0, "n")! == 1,
                TimeSpan.FromSeconds(120), "the worker finished its file", worker.Describe);

            Assert.All(builds, b => Assert.True(b.ExitCode == 0, $"exit {b.ExitCode}: {b.Error}"));
            await AssertCleanAsync(clean);
            var retries = builds.Sum(b => b.Error.Split('\n').Count(l => l.Contains("trying it again", StringComparison.Ordinal)));
            Record("two builds and the worker on the same papers at once", 0, started.Elapsed, ("concurrentBuilds", 3), ("batchesRetried", retries));
        }
        finally
        {
            Directory.Delete(inbox, recursive: true);
        }
    }

    [Fact]
    public async Task ServerDownAtStart_TheCommandGivesUpInBoundedTime_WithOneLine()
    {
        var port = Neo4jTestServer.UnusedPort();
        var configuration = new Dictionary<string, string?>(server.Configuration) { ["Neo4j:Uri"] = $"http://127.0.0.1:{port}" };
        var started = Stopwatch.StartNew();

        var run = await CliRun.RunAsync(configuration, "build", FaultCorpus.Folder);

        var took = started.Elapsed;
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("Error:", StringComparison.Ordinal));
        Assert.True(took < TimeSpan.FromSeconds(30), $"gave up after {took.TotalSeconds:0.0} s");
        Record("no server at the configured address (not a local one: the CLI does not start one)", run.ExitCode, took);
    }

    private async Task AssertCleanAsync(GraphFingerprint clean)
    {
        var now = await GraphFingerprint.ComputeAsync(server.Client, Token);
        FingerprintAssert.Same(clean, now);
        Assert.Equal(0, await FaultCorpus.DuplicatesAsync(server.Client));
        Assert.Equal(FaultCorpus.Papers, await FaultCorpus.PapersAsync(server.Client));
    }

    private static void KillNeo4j()
    {
        var pid = int.Parse(File.ReadAllText(Path.Combine(GraphBuildKit.Repository(".neo4j", "instances", "test", "run", "neo4j.pid"))).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        using var neo4j = Process.GetProcessById(pid);
        neo4j.Kill();
        neo4j.WaitForExit(TimeSpan.FromSeconds(10));
    }

    private static void Record(string scenario, int? faultExit, TimeSpan recovered, params (string Name, object Value)[] more)
    {
        var figures = new Dictionary<string, object?>
        {
            ["papers"] = FaultCorpus.Papers,
            ["lost"] = 0,
            ["duplicates"] = 0,
            ["fingerprint"] = "same as a clean build",
            ["exitOfTheFaultedRun"] = faultExit,
            ["secondsToRecover"] = Math.Round(recovered.TotalSeconds, 1),
        };
        foreach (var (name, value) in more)
        {
            figures[name] = value;
        }

        ReliabilityRecord.Write("faults", scenario, "recovered", figures);
    }
}
