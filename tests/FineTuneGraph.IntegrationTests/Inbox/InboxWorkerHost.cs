using System.Text.Json;
using FineTuneGraph.Inbox;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace FineTuneGraph.IntegrationTests.Inbox;

/// <summary>The product's worker in this process, on the product's registration, with short intervals and its log collected.</summary>
internal sealed class InboxWorkerHost : IAsyncDisposable
{
    private readonly IHost _host;
    private bool _stopped;

    private InboxWorkerHost(IHost host)
    {
        _host = host;
        Worker = host.Services.GetRequiredService<InboxWorker>();
        Logs = host.Services.GetRequiredService<FakeLogCollector>();
    }

    public InboxWorker Worker { get; }

    public FakeLogCollector Logs { get; }

    public ICypherClient Client => _host.Services.GetRequiredService<ICypherClient>();

    /// <summary>Settings a test of the worker wants: quick to settle, quick to rescan and to retry.</summary>
    public static (string, string?)[] QuickSettings(string inbox) =>
    [
        ("Watch:Directory", inbox),
        ("Watch:SettleTime", "00:00:00.300"),
        ("Watch:IncompleteFileWait", "00:01:00"),
        ("Watch:RescanInterval", "00:00:01"),
        ("Watch:StatusInterval", "00:00:01"),
        ("Watch:RetryMaxDelay", "00:00:01"),
        ("Neo4j:MaxRetryAttempts", "1"),
        ("Neo4j:RetryBaseDelay", "00:00:00.100"),
        ("Neo4j:CircuitBreakDuration", "00:00:00.500"),
    ];

    public static async Task<InboxWorkerHost> StartAsync(Neo4jTestServer server, string inbox, params (string Key, string? Value)[] settings)
    {
        var builder = server.CreateBuilder(QuickSettings(inbox).Concat(settings), LogLevel.Information);
        builder.AddInboxWorker();
        builder.Logging.ClearProviders();
        builder.Logging.AddFakeLogging();
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return new InboxWorkerHost(host);
    }

    /// <summary>Waits until the worker has looked at the inbox <paramref name="cycles"/> more times and is idle.</summary>
    public async Task WaitForIdleAsync(int cycles = 1, TimeSpan? timeout = null)
    {
        var target = Worker.Cycles + cycles;
        await Eventually.HoldsAsync(() => Worker.Cycles >= target && Worker.Status.State == WorkerStates.Idle, timeout ?? TimeSpan.FromSeconds(30), "the worker goes idle", Describe);
    }

    /// <summary>The worker's status and its log, for failure messages.</summary>
    public string Describe() =>
        JsonSerializer.Serialize(Worker.Status) + Environment.NewLine + string.Join(Environment.NewLine, Logs.GetSnapshot().Select(r => $"{r.Level}: {r.Message}"));

    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _host.StopAsync(TestContext.Current.CancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _host.Dispose();
    }
}
