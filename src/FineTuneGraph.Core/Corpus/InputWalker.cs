using System.Security;

namespace FineTuneGraph.Corpus;

/// <summary>
/// Finds the files to read under input folders, at a bounded cost whatever is in them. Links to folders are followed,
/// since a link to a mounted data set is a fair way to feed a folder, but each real folder and file is read once: a
/// link back to a folder already read (<c>ln -s . loop</c>) is noted and not followed, so link cycles end. Folders
/// deeper than <see cref="MaxDepth"/> are not entered. Pipes, sockets and devices are skipped with a problem (opening a
/// pipe waits for a writer, a device may never end), and so are files that cannot be listed or followed; files of other
/// kinds (.png, .pdf…) are noted, hidden ones (a name starting with '.') left alone. One walker is shared by all inputs of a read, so a file given twice is read once.
/// </summary>
internal sealed class InputWalker(CorpusReport report, CancellationToken cancellationToken)
{
    /// <summary>How many folder levels below an input folder are searched.</summary>
    public const int MaxDepth = 64;

    private static readonly EnumerationOptions ListOneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    private readonly Dictionary<string, string> _readFolders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _readFiles = new(StringComparer.Ordinal);

    /// <summary>The supported regular files under the folder, in ordinal path order.</summary>
    public List<string> Folder(string root)
    {
        var files = new List<string>();
        var rootReal = RealPath.Resolve(root) ?? Path.GetFullPath(root);
        if (!FirstVisit(_readFolders, rootReal, root))
        {
            return files;
        }

        var pending = new Stack<(string Path, string Real, int Depth)>();
        pending.Push((root, rootReal, 0));
        while (pending.TryPop(out var folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (List(folder.Path) is not { } entries)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                // Hidden entries are left alone, as shells and tools do: editors' files, and the worker's own .ftg/
                // (its health file) and .failed/ (files it quarantined) when a build reads an inbox.
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                var path = Path.Join(folder.Path, entry.Name);
                var isLink = entry.LinkTarget is not null;
                var real = isLink ? RealPath.Resolve(path) : Path.Join(folder.Real, entry.Name);
                if (entry is DirectoryInfo)
                {
                    if (real is null)
                    {
                        report.Add(new SourceLocation(path), CorpusProblemKind.ReadError, "a loop of symbolic links, not followed");
                    }
                    else if (folder.Depth + 1 > MaxDepth)
                    {
                        report.Add(new SourceLocation(path), CorpusProblemKind.ReadError, $"folder more than {MaxDepth} levels below the input folder, not read");
                    }
                    else if (FirstVisit(_readFolders, real, path))
                    {
                        pending.Push((path, real, folder.Depth + 1));
                    }
                }
                else if (!CorpusInput.IsSupported(entry.Name))
                {
                    report.Add(new SourceLocation(path), CorpusProblemKind.UnsupportedFile,
                        $"not a supported kind of file, left alone (read are {CorpusInput.SupportedKinds})");
                }
                else if (Accept(path, real, explicitPath: false))
                {
                    files.Add(path);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Whether a file given by its path is read: a regular file not read yet, or a pipe the process already holds (<c>/dev/fd/N</c>).</summary>
    public bool File(string path) => Accept(path, RealPath.Resolve(path), explicitPath: true);

    /// <summary>Why a file cannot be read as an input, from its kind; null for a regular file.</summary>
    internal static (CorpusProblemKind Kind, string Reason)? Refusal(string path, FileKind kind) => kind switch
    {
        FileKind.Regular or FileKind.Unknown => null,
        FileKind.Fifo => (CorpusProblemKind.NotAFile, "a named pipe (FIFO), not a regular file: skipped, since opening it waits for a writer; to read from a pipe, give - and redirect it to standard input"),
        FileKind.Socket => (CorpusProblemKind.NotAFile, "a socket, not a regular file: skipped"),
        FileKind.CharacterDevice => (CorpusProblemKind.NotAFile, "a character device, not a regular file: skipped, since it may never end"),
        FileKind.BlockDevice => (CorpusProblemKind.NotAFile, "a block device, not a regular file: skipped"),
        FileKind.Directory => (CorpusProblemKind.NotAFile, "a folder where a file was expected: skipped"),
        FileKind.LinkLoop => (CorpusProblemKind.ReadError, "a loop of symbolic links: skipped"),
        _ => (CorpusProblemKind.NotFound, $"a link to {LinkTargetOf(path)}, which does not exist: skipped"),
    };

    private bool Accept(string path, string? real, bool explicitPath)
    {
        var kind = FileKindProbe.Of(path);
        if (explicitPath && kind is FileKind.Fifo or FileKind.CharacterDevice && FileKindProbe.IsOpenDescriptor(path))
        {
            return true;
        }

        if (real is null)
        {
            kind = FileKind.LinkLoop;
        }

        if (Refusal(path, kind) is { } refusal)
        {
            report.Add(new SourceLocation(path), refusal.Kind, refusal.Reason);
            return false;
        }

        return FirstVisit(_readFiles, real!, path);
    }

    private bool FirstVisit(Dictionary<string, string> visited, string real, string path)
    {
        if (visited.TryAdd(real, path))
        {
            return true;
        }

        report.Add(new SourceLocation(path), CorpusProblemKind.AlreadyRead, $"same place as {visited[real]}, already read; not read again");
        return false;
    }

    private List<FileSystemInfo>? List(string folder)
    {
        try
        {
            var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", ListOneFolder).ToList();
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return entries;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException or SecurityException)
        {
            report.Add(new SourceLocation(folder), CorpusProblemKind.ReadError, $"folder cannot be read, skipped: {ex.Message}");
            return null;
        }
    }

    private static string LinkTargetOf(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget ?? "a file";
        }
        catch (IOException)
        {
            return "a file";
        }
    }
}
