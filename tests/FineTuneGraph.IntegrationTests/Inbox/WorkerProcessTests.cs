using System.Diagnostics;
using System.Net.Sockets;
using System.Text;
using FineTuneGraph.Cli.Tests.Support;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.IntegrationTests.Inbox;

/// <summary><c>ftg watch</c> as a process: signals, exit codes, health and sd_notify, against the real 3.1.1 server.</summary>
public sealed class FtgProcessTests(Neo4jTestServer server) : IAsyncLifetime
{
    private readonly string _inbox = InboxFiles.NewInbox();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await server.ResetDatabaseAsync();

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_inbox, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task SigtermDuringABuild_ExitsZeroWithinTenSeconds_AndTheNextStartCompletesIt()
    {
        const int Papers = 800;
        await File.WriteAllTextAsync(Path.Combine(_inbox, "big.jsonl"), InboxFiles.Lines(1, Papers), Token);
        var small = ("FTG__Build__BatchSize", "50");

        await using (var first = FtgProcess.Start(server, _inbox, small))
        {
            await Eventually.HoldsAsync(async () => await server.CountAsync("MATCH (p:Paper) RETURN count(p) AS n") > 0, TimeSpan.FromSeconds(60), "the build under way", () => first.Log);
            var healthy = await CliRun.RunAsync(server.Configuration, "health", _inbox);
            Assert.Equal(0, healthy.ExitCode);
            Assert.StartsWith("healthy: busy", healthy.Output, StringComparison.Ordinal);

            var stopping = Stopwatch.StartNew();
            first.Signal("TERM");
            var exit = await first.WaitForExitAsync(TimeSpan.FromSeconds(10));

            Assert.True(exit is not null, $"still running {stopping.Elapsed.TotalSeconds:0.0} s after SIGTERM:{Environment.NewLine}{first.Log}");
            Assert.Equal(0, exit);
            Assert.Contains(first.Lines, l => l.Contains("Stopped: the build in progress was cancelled", StringComparison.Ordinal));
        }

        var loadedBefore = await server.CountAsync("MATCH (p:Paper) RETURN count(p) AS n");
        Assert.InRange(loadedBefore, 1, Papers - 1);
        var stopped = await CliRun.RunAsync(server.Configuration, "health", _inbox);
        Assert.Equal(1, stopped.ExitCode);
        Assert.StartsWith("unhealthy: stopped", stopped.Output, StringComparison.Ordinal);

        await using (var second = FtgProcess.Start(server, _inbox, small))
        {
            await Eventually.HoldsAsync(async () => await server.CountAsync("MATCH (f:SourceFile) RETURN count(f) AS n") == 1, TimeSpan.FromSeconds(90), "the file finished by the next start", () => second.Log);
            Assert.Contains(second.Lines, l => l.Contains("Working: 1 files in this build", StringComparison.Ordinal) && l.Contains("papers/s", StringComparison.Ordinal));
            second.Signal("TERM");
            Assert.Equal(0, await second.WaitForExitAsync(TimeSpan.FromSeconds(10)));
        }

        Assert.Equal(Papers, await server.CountAsync("MATCH (p:Paper) RETURN count(p) AS n"));
        var runs = await server.Client.RunAsync("MATCH (i:Ingest) RETURN i.status AS status, i.papersSkipped AS skipped ORDER BY i.startedAt", cancellationToken: Token);
        Assert.Equal(["cancelled", "completed"], runs.Column("status").Cast<string>());
        Assert.Equal((long)loadedBefore, runs.Value(1, "skipped"));
    }

    [Fact]
    public async Task UnderSystemd_TheWorkerSaysReadyStatusAndStopping()
    {
        var socketPath = Path.Combine(Path.GetTempPath(), $"ftg-notify-{Guid.NewGuid():N}.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Dgram, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));
        var messages = new List<string>();
        var receiving = ReceiveAsync(socket, messages);
        try
        {
            await using var worker = FtgProcess.Start(server, _inbox, ("NOTIFY_SOCKET", socketPath));
            await Eventually.HoldsAsync(() => Snapshot(messages).Contains("READY=1"), TimeSpan.FromSeconds(30), "READY=1 on the notify socket", () => string.Join(" | ", Snapshot(messages)) + Environment.NewLine + worker.Log);
            await Eventually.HoldsAsync(() => Snapshot(messages).Any(m => m.StartsWith("STATUS=idle", StringComparison.Ordinal)), TimeSpan.FromSeconds(30), "STATUS=idle", () => string.Join(" | ", Snapshot(messages)));

            worker.Signal("TERM");
            Assert.Equal(0, await worker.WaitForExitAsync(TimeSpan.FromSeconds(10)));
            await Eventually.HoldsAsync(() => Snapshot(messages).Contains("STOPPING=1"), TimeSpan.FromSeconds(5), "STOPPING=1", () => string.Join(" | ", Snapshot(messages)));
        }
        finally
        {
            socket.Close();
            await receiving;
            File.Delete(socketPath);
        }
    }

    [Fact]
    public async Task LogFormatJson_WritesOneJsonObjectPerLine_AndCtrlCStopsItCleanly()
    {
        await File.WriteAllTextAsync(Path.Combine(_inbox, "one.jsonl"), InboxFiles.Lines(1, 1), Token);
        await using var worker = FtgProcess.Start(server, _inbox, ["--log-format", "json"]);
        await worker.WaitForLineAsync("\"EventId\":303", TimeSpan.FromSeconds(30));
        worker.Signal("INT");
        Assert.Equal(0, await worker.WaitForExitAsync(TimeSpan.FromSeconds(10)));

        var events = worker.Lines.Where(l => l.StartsWith('{')).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(worker.Lines.Count(l => l.Length > 0 && !l.StartsWith("ftg:", StringComparison.Ordinal)), events.Length);
        var built = Assert.Single(events, e => e.GetProperty("EventId").GetInt32() == 303);
        Assert.Equal("Information", built.GetProperty("LogLevel").GetString());
        Assert.Equal("FineTuneGraph.Inbox.InboxWorker", built.GetProperty("Category").GetString());
        Assert.Equal(1, built.GetProperty("State").GetProperty("Files").GetInt32());
        Assert.EndsWith("Z", built.GetProperty("Timestamp").GetString(), StringComparison.Ordinal);
    }

    private static string[] Snapshot(List<string> messages)
    {
        lock (messages)
        {
            return messages.ToArray();
        }
    }

    private static async Task ReceiveAsync(Socket socket, List<string> messages)
    {
        var buffer = new byte[4096];
        try
        {
            while (true)
            {
                var read = await socket.ReceiveAsync(buffer, SocketFlags.None);
                lock (messages)
                {
                    messages.AddRange(Encoding.UTF8.GetString(buffer, 0, read).Split('\n', StringSplitOptions.RemoveEmptyEntries));
                }
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
        }
    }
}
