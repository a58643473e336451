namespace FineTuneGraph.Inbox;

/// <summary>
/// Whether a file's end looks like the end of a whole document. A writer that pauses longer than the settle time
/// would otherwise have its half-written file read (and a half-written JSON document quarantined as invalid).
/// </summary>
public static class FileCompleteness
{
    private const int TailBytes = 64;

    /// <summary>
    /// JSON Lines ends with a line break; JSON ends with <c>}</c> or <c>]</c> (white space aside); an empty file is
    /// not complete. Other kinds (page dumps, gzip) cannot be told from their end and count as complete.
    /// </summary>
    public static bool LooksComplete(string path)
    {
        var name = path.ToLowerInvariant();
        var jsonLines = name.EndsWith(".jsonl", StringComparison.Ordinal) || name.EndsWith(".ndjson", StringComparison.Ordinal);
        var json = name.EndsWith(".json", StringComparison.Ordinal);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length == 0)
            {
                return false;
            }

            if (!jsonLines && !json)
            {
                return true;
            }

            var tail = new byte[(int)Math.Min(TailBytes, stream.Length)];
            stream.Seek(-tail.Length, SeekOrigin.End);
            stream.ReadExactly(tail);
            if (jsonLines)
            {
                return tail[^1] == (byte)'\n';
            }

            var last = tail.AsSpan().TrimEnd(" \t\r\n"u8);
            return last.Length > 0 && last[^1] is (byte)'}' or (byte)']';
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Unreadable now: let the reader report why once the file has settled.
            return true;
        }
    }
}
