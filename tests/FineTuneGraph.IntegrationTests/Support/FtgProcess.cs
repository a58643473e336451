using System.Collections.Concurrent;
using System.Diagnostics;
using FineTuneGraph.IntegrationTests.Inbox;

namespace FineTuneGraph.IntegrationTests.Support;

/// <summary>
/// <c>ftg</c> as its own process, the way Docker, systemd or a user runs it: for what only a process shows (signals,
/// exit codes, sd_notify, a process killed mid-build). The program is the build output the tests reference (ftg.dll
/// beside the test assembly); it talks to the test server.
/// </summary>
internal sealed class FtgProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private FtgProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => Add(e.Data);
        _process.ErrorDataReceived += (_, e) => Add(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public IReadOnlyList<string> Lines => _lines.ToArray();

    public string Log => string.Join(Environment.NewLine, _lines);

    public static FtgProcess Start(Neo4jTestServer server, string inbox, params (string Name, string Value)[] environment) =>
        Start(server, inbox, [], environment);

    public static FtgProcess Start(Neo4jTestServer server, string inbox, IReadOnlyList<string> arguments, params (string Name, string Value)[] environment) =>
        Run(server, ["watch", inbox, .. arguments], [.. InboxWorkerHost.QuickSettings(inbox).Select(s => ("FTG__" + s.Item1.Replace(":", "__", StringComparison.Ordinal), s.Item2 ?? string.Empty)), .. environment]);

    /// <summary>Starts <c>ftg ARGUMENTS</c> against the test server with extra environment variables.</summary>
    public static FtgProcess Run(Neo4jTestServer server, IReadOnlyList<string> arguments, params (string Name, string Value)[] environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ftg.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }
        info.Environment["NEO4J_URI"] = server.Uri;
        info.Environment["NEO4J_PASSWORD"] = Neo4jTestServer.Password;
        info.Environment["NEO4J_BOLT_PORT"] = Neo4jTestServer.BoltPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["FTG_NEO4J_INSTANCE"] = "test";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        return new FtgProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Sends a signal the way an init system does (<c>kill -TERM</c>).</summary>
    public void Signal(string name)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + name, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }

    /// <summary>Waits for the process to exit; null when it did not within <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        bounded.CancelAfter(timeout);
        try
        {
            await _process.WaitForExitAsync(bounded.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    public Task<TimeSpan> WaitForLineAsync(string text, TimeSpan timeout) =>
        Eventually.HoldsAsync(() => _lines.Any(l => l.Contains(text, StringComparison.Ordinal)), timeout, $"the worker logs '{text}'", () => Log);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }

    private void Add(string? line)
    {
        if (line is not null)
        {
            _lines.Enqueue(line);
        }
    }
}
