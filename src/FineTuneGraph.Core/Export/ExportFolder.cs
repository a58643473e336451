namespace FineTuneGraph.Export;

/// <summary>
/// Writes an export all or nothing: into a staging folder beside the target, which then takes the target's place.
/// A full disk or a read-only folder leaves the target as it was (an older export stays whole, never a truncated CSV
/// beside an older import.sh). The target must be missing, empty, or an earlier FineTuneGraph export (it has
/// <see cref="MarkerFile"/>), so that a mistyped path never replaces someone's folder.
/// </summary>
public static class ExportFolder
{
    /// <summary>The file that marks a folder as a FineTuneGraph export.</summary>
    public const string MarkerFile = ".ftg-export";

    /// <summary>Runs <paramref name="write"/> on a staging folder and puts it in place of <paramref name="directory"/>.</summary>
    /// <exception cref="ExportException">The target is someone else's folder, or the export could not be written; nothing was changed.</exception>
    public static async Task<T> ReplaceAsync<T>(string directory, Func<string, Task<T>> write)
    {
        var target = Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new ExportException(directory, "cannot export to the root of a file system");
        var name = Path.GetFileName(target);
        if (File.Exists(target))
        {
            throw new ExportException(directory, "is a file, not a folder");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !File.Exists(Path.Combine(target, MarkerFile)))
        {
            throw new ExportException(directory, $"holds files that are not a FineTuneGraph export (no {MarkerFile}); choose an empty or new folder");
        }

        var staging = Path.Combine(parent, $".{name}.ftg-staging-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(staging);
            var result = await write(staging).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(staging, MarkerFile), "Written by ftg build --export; ftg may replace this folder with a newer export.\n").ConfigureAwait(false);
            Swap(staging, target, parent, name);
            return result;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            TryDelete(staging);
            throw new ExportException(directory, $"could not be written ({error.Message}); nothing was changed", error);
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    private static void Swap(string staging, string target, string parent, string name)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }

        var previous = Path.Combine(parent, $".{name}.ftg-previous-{Guid.NewGuid():N}");
        Directory.Move(target, previous);
        try
        {
            Directory.Move(staging, target);
        }
        catch
        {
            Directory.Move(previous, target);
            throw;
        }

        TryDelete(previous);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A leftover staging folder is hidden and named for what it is; it never looks like a complete export.
        }
    }
}
