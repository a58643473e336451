namespace FineTuneGraph.Corpus;

/// <summary>The path of a file or folder with every symbolic link resolved, to know when two routes lead to one place.</summary>
internal static class RealPath
{
    // As the kernel does (ELOOP): a chain of more links than this is taken as a loop.
    private const int MaxLinks = 40;

    /// <summary>The resolved absolute path; null when a chain of links loops (or is longer than 40 links).</summary>
    public static string? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Split(full[current.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            string? target;
            try
            {
                target = new FileInfo(next).LinkTarget;
            }
            catch (IOException)
            {
                target = null;
            }
            catch (UnauthorizedAccessException)
            {
                target = null;
            }

            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                return null;
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var segment in Split(target).Reverse())
            {
                pending.Push(segment);
            }
        }

        return current;
    }

    private static IEnumerable<string> Split(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".");
}
