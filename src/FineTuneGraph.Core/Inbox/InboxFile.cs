using System.Globalization;

namespace FineTuneGraph.Inbox;

/// <summary>A file seen in the inbox: its full path, length and time of last write.</summary>
public sealed record InboxFile(string Path, long Length, DateTime LastWriteUtc)
{
    /// <summary>The time of last write as stored in the ledger (round-trip format, so equal times compare equal).</summary>
    public string LastWriteStamp => LastWriteUtc.ToString("O", CultureInfo.InvariantCulture);
}
