namespace FineTuneGraph.Corpus;

/// <summary>What a path names once links are followed: only <see cref="Regular"/> files are read from folders.</summary>
internal enum FileKind
{
    /// <summary>A regular file.</summary>
    Regular,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A named pipe: opening it waits for a writer, possibly forever.</summary>
    Fifo,

    /// <summary>A Unix socket: it cannot be opened as a file.</summary>
    Socket,

    /// <summary>A character device (/dev/zero, a terminal): endless, or waits for input.</summary>
    CharacterDevice,

    /// <summary>A block device (a disk).</summary>
    BlockDevice,

    /// <summary>Nothing there (a link to a missing file).</summary>
    Missing,

    /// <summary>A chain of links that never ends.</summary>
    LinkLoop,

    /// <summary>It could not be told (no permission to look): opening it will say.</summary>
    Unknown,
}
