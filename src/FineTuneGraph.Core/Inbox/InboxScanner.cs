using FineTuneGraph.Corpus;

namespace FineTuneGraph.Inbox;

/// <summary>
/// The files of the inbox the worker may read: of a supported kind (the reader's extensions, so <c>x.jsonl.part</c> or
/// <c>x.jsonl.tmp</c> being written under a temporary name is left alone), not hidden (the worker's own <c>.ftg</c> and
/// <c>.failed</c> folders, editors' dot files), in any subfolder.
/// </summary>
public static class InboxScanner
{
    private static readonly EnumerationOptions Options = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.Device,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Every readable candidate, in ordinal path order.</summary>
    public static IReadOnlyList<InboxFile> Scan(string directory)
    {
        var files = new List<InboxFile>();
        foreach (var info in new DirectoryInfo(directory).EnumerateFiles("*", Options))
        {
            if (CorpusInput.IsSupported(info.Name) && !IsInHiddenFolder(directory, info.FullName))
            {
                try
                {
                    files.Add(new InboxFile(info.FullName, info.Length, info.LastWriteTimeUtc));
                }
                catch (FileNotFoundException)
                {
                    // Removed between listing and reading its attributes.
                }
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>True for a path under a folder whose name starts with a dot, below <paramref name="root"/>.</summary>
    public static bool IsInHiddenFolder(string root, string path)
    {
        var relative = System.IO.Path.GetRelativePath(root, path);
        var parts = relative.Split(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar);
        return parts.Take(parts.Length - 1).Any(p => p.StartsWith('.') && p != "..");
    }
}
