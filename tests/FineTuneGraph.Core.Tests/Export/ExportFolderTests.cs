using FineTuneGraph.Export;

namespace FineTuneGraph.Core.Tests.Export;

public sealed class ExportFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ftg-export-folder-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Target => Path.Combine(_root, "export");

    [Fact]
    public async Task ReplaceAsync_ANewFolder_HoldsWhatWasWrittenAndTheMarker()
    {
        await ExportFolder.ReplaceAsync(Target, staging => File.WriteAllTextAsync(Path.Combine(staging, "a.csv"), "x", TestContext.Current.CancellationToken).ContinueWith(_ => 1, TestContext.Current.CancellationToken));

        Assert.Equal([ExportFolder.MarkerFile, "a.csv"], Directory.GetFiles(Target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([Target], Directory.GetDirectories(_root));
    }

    [Fact]
    public async Task ReplaceAsync_WriterFails_LeavesTheEarlierExportWholeAndNoStagingBehind()
    {
        await ExportFolder.ReplaceAsync(Target, staging => File.WriteAllTextAsync(Path.Combine(staging, "old.csv"), "old", TestContext.Current.CancellationToken).ContinueWith(_ => 1, TestContext.Current.CancellationToken));

        var error = await Assert.ThrowsAsync<ExportException>(() => ExportFolder.ReplaceAsync<int>(Target, async staging =>
        {
            await File.WriteAllTextAsync(Path.Combine(staging, "new.csv"), "half", TestContext.Current.CancellationToken);
            throw new IOException("No space left on device");
        }));

        Assert.Contains("No space left on device", error.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", error.Message, StringComparison.Ordinal);
        Assert.Equal("old", await File.ReadAllTextAsync(Path.Combine(Target, "old.csv"), TestContext.Current.CancellationToken));
        Assert.False(File.Exists(Path.Combine(Target, "new.csv")));
        Assert.Equal([Target], Directory.GetDirectories(_root));
    }

    [Fact]
    public async Task ReplaceAsync_AFolderOfSomeoneElsesFiles_IsRefusedUntouched()
    {
        Directory.CreateDirectory(Target);
        await File.WriteAllTextAsync(Path.Combine(Target, "thesis.tex"), "mine", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<ExportException>(() => ExportFolder.ReplaceAsync(Target, _ => Task.FromResult(1)));

        Assert.Contains("not a FineTuneGraph export", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Target, "thesis.tex")));
    }
}
