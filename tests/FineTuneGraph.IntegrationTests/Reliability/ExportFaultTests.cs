using System.Diagnostics;
using System.Security.Cryptography;
using FineTuneGraph.Cli.Tests.Support;
using FineTuneGraph.Export;
using FineTuneGraph.IntegrationTests.Inbox;
using FineTuneGraph.IntegrationTests.Support;

namespace FineTuneGraph.IntegrationTests.Reliability;

/// <summary>
/// <c>build --export</c> into a folder on a real file system that fills up or turns read-only: a one-line error, the
/// earlier export left whole, and nothing that looks like a complete export beside it. The file system is a small
/// tmpfs mounted for the test (root only; the test is skipped, saying why, where mounting is not allowed).
/// </summary>
public sealed class ExportFaultTests : IAsyncLifetime
{
    private readonly string _mount = Directory.CreateTempSubdirectory("ftg-export-fs-").FullName;
    private readonly string _inputs = Directory.CreateTempSubdirectory("ftg-export-in-").FullName;
    private bool _mounted;

    private string Export => Path.Combine(_mount, "graph");

    public async ValueTask InitializeAsync()
    {
        await File.WriteAllTextAsync(Path.Combine(_inputs, "small.jsonl"), InboxFiles.Lines(1, 3), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(_inputs, "large.jsonl"), InboxFiles.Lines(1, 4000), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_mounted)
        {
            await RunAsync("umount", _mount);
        }

        Directory.Delete(_mount, recursive: true);
        Directory.Delete(_inputs, recursive: true);
    }

    [Fact]
    public async Task FullFileSystem_OneLineError_EarlierExportWhole_NoStagingLeft()
    {
        await MountAsync("size=1m");
        var earlier = await ExportSmallAsync();
        var started = Stopwatch.StartNew();

        var run = await CliRun.RunAsync("build", Path.Combine(_inputs, "large.jsonl"), "--export", Export);

        AssertRefused(run, earlier, "No space left on device");
        Record("export folder's file system full", run, started.Elapsed);
    }

    [Fact]
    public async Task ReadOnlyFileSystem_OneLineError_EarlierExportWhole_NoStagingLeft()
    {
        await MountAsync("size=4m");
        var earlier = await ExportSmallAsync();
        Assert.Equal(0, await RunAsync("mount", "-o", "remount,ro", _mount));
        var started = Stopwatch.StartNew();

        var run = await CliRun.RunAsync("build", Path.Combine(_inputs, "large.jsonl"), "--export", Export);

        AssertRefused(run, earlier, "Read-only file system");
        Record("export folder's file system read-only", run, started.Elapsed);
    }

    private void AssertRefused(CliRun run, IReadOnlyDictionary<string, string> earlier, string reason)
    {
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("Error:", StringComparison.Ordinal));
        Assert.Contains(reason, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(earlier, Hashes(Export));
        Assert.Equal(["graph"], Directory.EnumerateFileSystemEntries(_mount).Select(Path.GetFileName));
    }

    /// <summary>A first, complete export of three papers; its files' hashes.</summary>
    private async Task<IReadOnlyDictionary<string, string>> ExportSmallAsync()
    {
        var first = await CliRun.RunAsync("build", Path.Combine(_inputs, "small.jsonl"), "--export", Export);
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(File.Exists(Path.Combine(Export, ExportFolder.MarkerFile)));
        return Hashes(Export);
    }

    private static Dictionary<string, string> Hashes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), StringComparer.Ordinal);

    private async Task MountAsync(string options)
    {
        var exit = await RunAsync("mount", "-t", "tmpfs", "-o", options, "tmpfs", _mount);
        if (exit != 0)
        {
            Assert.Skip($"a tmpfs cannot be mounted here (mount exit {exit}; needs root and CAP_SYS_ADMIN)");
        }

        _mounted = true;
    }

    private static async Task<int> RunAsync(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
            args.ToList().ForEach(start.ArgumentList.Add);
            using var process = Process.Start(start)!;
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return 127;
        }
    }

    private static void Record(string scenario, CliRun run, TimeSpan took) =>
        ReliabilityRecord.Write("faults", scenario, "refused, earlier export whole", new Dictionary<string, object?>
        {
            ["exitOfTheFaultedRun"] = run.ExitCode,
            ["seconds"] = Math.Round(took.TotalSeconds, 1),
            ["error"] = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).First(l => l.StartsWith("Error:", StringComparison.Ordinal)),
        });
}
