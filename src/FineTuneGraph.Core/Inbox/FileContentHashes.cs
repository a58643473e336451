using System.IO.Hashing;

namespace FineTuneGraph.Inbox;

/// <summary>
/// Content hashes of inbox files (XxHash128), computed once per length and time of last write: a file is hashed again
/// only when it changed.
/// </summary>
public sealed class FileContentHashes
{
    private readonly Dictionary<string, (long Length, DateTime LastWriteUtc, string Hash)> _known = new(StringComparer.Ordinal);

    /// <summary>Forgets files no longer in the inbox.</summary>
    public void Retain(IReadOnlyList<InboxFile> present)
    {
        var paths = present.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _known.Keys.Where(p => !paths.Contains(p)).ToArray())
        {
            _known.Remove(gone);
        }
    }

    /// <summary>The hash of the file as it is now; null when it vanished or cannot be read.</summary>
    public async Task<string?> HashAsync(InboxFile file, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(file.Path, out var known) && known.Length == file.Length && known.LastWriteUtc == file.LastWriteUtc)
        {
            return known.Hash;
        }

        try
        {
            var stream = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                var hash = new XxHash128();
                await hash.AppendAsync(stream, cancellationToken).ConfigureAwait(false);
                var hex = Convert.ToHexStringLower(hash.GetCurrentHash());
                _known[file.Path] = (file.Length, file.LastWriteUtc, hex);
                return hex;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _known.Remove(file.Path);
            return null;
        }
    }
}
