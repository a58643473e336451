namespace FineTuneGraph.Inbox;

/// <summary>
/// Decides which files have stopped changing: a file is settled once its length and time of last write have stayed
/// the same for the settle time (longer when its end does not look complete). Remembers what it saw between scans.
/// </summary>
public sealed class SettleTracker(TimeProvider time, TimeSpan settleTime, TimeSpan incompleteWait)
{
    private readonly Dictionary<string, Seen> _seen = new(StringComparer.Ordinal);

    /// <summary>The settled files of a scan, and how long until the next unsettled one may settle (null when none waits).</summary>
    public (IReadOnlyList<InboxFile> Settled, TimeSpan? NextCheck) Observe(IReadOnlyList<InboxFile> scan, Func<InboxFile, bool> looksComplete)
    {
        var now = time.GetTimestamp();
        var settled = new List<InboxFile>();
        TimeSpan? next = null;
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in scan)
        {
            present.Add(file.Path);
            if (!_seen.TryGetValue(file.Path, out var seen) || seen.Length != file.Length || seen.LastWriteUtc != file.LastWriteUtc)
            {
                seen = new Seen(file.Length, file.LastWriteUtc, now);
                _seen[file.Path] = seen;
            }

            var stable = time.GetElapsedTime(seen.StableSince, now);
            if (stable < settleTime)
            {
                next = Min(next, settleTime - stable);
                continue;
            }

            var needed = looksComplete(file) ? settleTime : incompleteWait;
            if (stable >= needed)
            {
                settled.Add(file);
            }
            else
            {
                next = Min(next, needed - stable);
            }
        }

        foreach (var gone in _seen.Keys.Where(p => !present.Contains(p)).ToArray())
        {
            _seen.Remove(gone);
        }

        return (settled, next);
    }

    private static TimeSpan Min(TimeSpan? a, TimeSpan b) => a is { } value && value < b ? value : b;

    private sealed record Seen(long Length, DateTime LastWriteUtc, long StableSince);
}
