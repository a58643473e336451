using System.Security.Cryptography;
using System.Text;

namespace FineTuneGraph.Rules;

/// <summary>
/// Which files make up a pack and the hash of their contents. The loader and the provider share it, so a pack whose
/// files hash the same as the loaded one is known to be unchanged without parsing it again.
/// </summary>
public static class RulePackFiles
{
    private static readonly byte[] Separator = [0];

    /// <summary>Every <c>*.yaml</c> and <c>*.yml</c> file of the folder, recursively, relative to it, in ordinal order.</summary>
    public static string[] List(string directory) => [.. Walk(directory).Files];

    /// <summary>True for a file name the loader reads.</summary>
    public static bool IsRuleFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The hash of the pack as it is on disk now; null when the folder is missing or a file cannot be read (the
    /// loader then reports why). A file over <see cref="RuleLimits.MaxFileBytes"/> counts by its name alone: the
    /// loader refuses it whatever it holds, so only its presence matters.
    /// </summary>
    public static string? HashOnDisk(string directory)
    {
        try
        {
            if (!Directory.Exists(directory))
            {
                return null;
            }

            var listing = Walk(directory);
            var hash = new Hasher();
            foreach (var relative in listing.Files)
            {
                hash.Add(relative, ReadAtMost(Path.Combine(directory, relative), RuleLimits.MaxFileBytes, out _) ?? []);
            }

            foreach (var (path, message) in listing.Problems)
            {
                hash.Add(path, Encoding.UTF8.GetBytes(message.Code));
            }

            return hash.Finish();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Lists the rule files of a pack, following folder links once: a folder reached a second time (a link loop, or
    /// a second link to a folder) is a problem of the listing and is not read again, so a loop costs one step.
    /// Stops past <see cref="RuleLimits.MaxFiles"/> files.
    /// </summary>
    internal static RulePackListing Walk(string directory)
    {
        var files = new List<string>();
        var problems = new List<(string, RuleMessage)>();
        var root = new DirectoryInfo(directory);
        var rootPath = root.FullName;
        var rootReal = RealPath(root, Path.GetDirectoryName(rootPath) ?? rootPath);
        var firstSeenAs = new Dictionary<string, string>(StringComparer.Ordinal) { [rootReal] = "." };
        var pending = new Stack<(DirectoryInfo Folder, string Real)>();
        pending.Push((root, rootReal));
        while (pending.Count > 0)
        {
            var (folder, real) = pending.Pop();
            var relativeFolder = Relative(rootPath, folder.FullName);
            FileSystemInfo[] entries;
            try
            {
                entries = folder.GetFileSystemInfos();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add((relativeFolder, RuleMessages.UnreadableFolder(ex.Message)));
                continue;
            }

            Array.Sort(entries, (a, b) => StringComparer.Ordinal.Compare(a.Name, b.Name));
            foreach (var file in entries.Where(e => e is not DirectoryInfo && IsRuleFile(e.Name)))
            {
                if (files.Count == RuleLimits.MaxFiles)
                {
                    problems.Add((".", RuleMessages.TooManyFiles()));
                    return new RulePackListing(files.Order(StringComparer.Ordinal).ToArray(), problems);
                }

                files.Add(Relative(rootPath, file.FullName));
            }

            // Pushed in reverse, so folders are walked in name order and the first way to a folder is the one kept.
            foreach (var sub in entries.OfType<DirectoryInfo>().Reverse())
            {
                var relative = Relative(rootPath, sub.FullName);
                string subReal;
                try
                {
                    subReal = RealPath(sub, real);
                }
                catch (IOException ex)
                {
                    problems.Add((relative, RuleMessages.UnreadableFolder(ex.Message)));
                    continue;
                }

                if (firstSeenAs.TryGetValue(subReal, out var first))
                {
                    problems.Add((relative, RuleMessages.FolderReadTwice(subReal, first)));
                    continue;
                }

                firstSeenAs.Add(subReal, relative);
                pending.Push((sub, subReal));
            }
        }

        return new RulePackListing(files.Order(StringComparer.Ordinal).ToArray(), problems);
    }

    /// <summary>
    /// Reads a file of at most <paramref name="limit"/> bytes, without reading past the limit (a device or a growing
    /// file ends there too); null when it is longer, with its length when known (else <paramref name="limit"/> + 1).
    /// </summary>
    internal static byte[]? ReadAtMost(string path, int limit, out long length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
        length = stream.CanSeek ? stream.Length : 0;
        if (length > limit)
        {
            return null;
        }

        var buffer = new byte[length > 0 ? length + 1 : Math.Min(64 * 1024, limit + 1L)];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > limit)
                {
                    length = Math.Max(length, total);
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, limit + 1L));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total > limit)
        {
            length = Math.Max(length, total);
            return null;
        }

        length = total;
        return total == buffer.Length ? buffer : buffer[..total];
    }

    /// <summary>Where a folder really is: its link's final target, or its name in its parent's real path.</summary>
    private static string RealPath(DirectoryInfo folder, string parentReal) =>
        Path.TrimEndingDirectorySeparator(folder.LinkTarget is null
            ? Path.Join(parentReal, folder.Name)
            : Path.GetFullPath(folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder.FullName));

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');

    /// <summary>Hashes files one at a time: name, length and content, so moving bytes between files changes the hash.</summary>
    internal sealed class Hasher
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public void Add(string relative, byte[] content)
        {
            _hash.AppendData(Encoding.UTF8.GetBytes(relative));
            _hash.AppendData(Separator);
            _hash.AppendData(BitConverter.GetBytes((long)content.Length));
            _hash.AppendData(content);
        }

        public string Finish()
        {
            var result = Convert.ToHexStringLower(_hash.GetHashAndReset().AsSpan(0, 16));
            _hash.Dispose();
            return result;
        }
    }
}
