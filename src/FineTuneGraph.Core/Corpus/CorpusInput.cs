namespace FineTuneGraph.Corpus;

/// <summary>One input to read: a file, or standard input.</summary>
public sealed record CorpusInput(string Name, Func<Stream> Open)
{
    /// <summary>The name used for standard input.</summary>
    public const string StandardInputName = "stdin";

    private static readonly string[] SupportedExtensions = [".txt", ".text", ".jsonl", ".ndjson", ".json"];

    /// <summary>The file names read from folders, for messages.</summary>
    internal static string SupportedKinds => $"{string.Join(", ", SupportedExtensions)} and the same with .gz";

    /// <summary>
    /// Expands paths into inputs: <c>-</c> is standard input, a folder is searched recursively for supported
    /// files (.txt, .jsonl, .ndjson, .json, each optionally .gz), and a file is read whatever its name. Missing paths,
    /// folders without supported files, pipes, sockets and devices, and what cannot be listed are reported; the walk
    /// is bounded (see <see cref="InputWalker"/>) and every file is read once.
    /// </summary>
    public static IReadOnlyList<CorpusInput> Expand(IEnumerable<string> paths, CorpusReport report, Func<Stream>? standardInput = null, CancellationToken cancellationToken = default)
    {
        var inputs = new List<CorpusInput>();
        var walker = new InputWalker(report, cancellationToken);
        foreach (var path in paths)
        {
            if (path == "-")
            {
                inputs.Add(new CorpusInput(StandardInputName, standardInput ?? Console.OpenStandardInput));
            }
            else if (Directory.Exists(path))
            {
                var files = walker.Folder(path);
                if (files.Count == 0)
                {
                    report.Add(new SourceLocation(path), CorpusProblemKind.NoSupportedFiles, $"no supported files in this folder (looked for {SupportedKinds})");
                }

                inputs.AddRange(files.Select(FromFile));
            }
            else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                if (walker.File(path))
                {
                    inputs.Add(FromFile(path));
                }
            }
            else
            {
                report.Add(new SourceLocation(path), CorpusProblemKind.NotFound, "no such file or folder");
            }
        }

        return inputs;
    }

    // The kind is checked again at opening: a file replaced by a pipe after the walk must not block the read.
    private static CorpusInput FromFile(string path) => new(path, () =>
    {
        var kind = FileKindProbe.Of(path);
        if (!FileKindProbe.IsOpenDescriptor(path) && InputWalker.Refusal(path, kind) is { } refusal)
        {
            throw new NotAFileException(refusal.Reason);
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous);
    });

    /// <summary>True for a file name the reader takes from a folder: .txt, .text, .jsonl, .ndjson, .json, each optionally .gz.</summary>
    public static bool IsSupported(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return SupportedExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
