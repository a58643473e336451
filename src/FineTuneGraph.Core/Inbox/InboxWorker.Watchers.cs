namespace FineTuneGraph.Inbox;

public sealed partial class InboxWorker
{
    /// <summary>
    /// File-system watchers on the inbox and the rule pack folder, which wake the worker at once. They are a hint:
    /// the periodic rescan finds what they miss (inotify drops events under load, and some file systems have none).
    /// </summary>
    private Watchers WatchFolders()
    {
        var watchers = new Watchers();
        foreach (var folder in new[] { _inbox, Path.GetFullPath(_service.Rules.Directory) }.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            try
            {
                var watcher = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                };
                watcher.Created += (_, _) => Wake();
                watcher.Changed += (_, _) => Wake();
                watcher.Renamed += (_, _) => Wake();
                watcher.Deleted += (_, _) => Wake();
                watcher.Error += (_, _) => Wake();
                watcher.EnableRaisingEvents = true;
                watchers.Add(watcher);
            }
            catch (Exception error) when (error is IOException or ArgumentException or PlatformNotSupportedException)
            {
                InboxLog.WatcherUnavailable(_logger, error.Message, _options.RescanInterval);
            }
        }

        return watchers;
    }

    private sealed class Watchers : List<FileSystemWatcher>, IDisposable
    {
        public void Dispose()
        {
            foreach (var watcher in this)
            {
                watcher.Dispose();
            }
        }
    }
}
