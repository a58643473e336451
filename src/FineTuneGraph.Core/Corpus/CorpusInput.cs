namespace FineTuneGraph.Corpus;

/// <summary>One input to read: a file, or standard input.</summary>
public sealed record CorpusInput(string Name, Func<Stream> Open)
{
    /// <summary>The name used for standard input.</summary>
    public const string StandardInputName = "stdin";

    private static readonly string[] SupportedExtensions = [".txt", ".text", ".jsonl", ".ndjson", ".json"];

    /// <summary>
    /// Expands paths into inputs: <c>-</c> is standard input, a folder is searched recursively for supported
    /// files (.txt, .jsonl, .ndjson, .json, each optionally .gz), and a file is read whatever its name.
    /// Missing paths and folders without supported files are reported.
    /// </summary>
    public static IReadOnlyList<CorpusInput> Expand(IEnumerable<string> paths, CorpusReport report, Func<Stream>? standardInput = null)
    {
        var inputs = new List<CorpusInput>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                inputs.Add(new CorpusInput(StandardInputName, standardInput ?? Console.OpenStandardInput));
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsSupported)
                    .Order(StringComparer.Ordinal)
                    .ToArray();
                if (files.Length == 0)
                {
                    report.Add(new SourceLocation(path), CorpusProblemKind.NoSupportedFiles,
                        $"no supported files in this folder (looked for {string.Join(", ", SupportedExtensions)} and the same with .gz)");
                }

                inputs.AddRange(files.Select(FromFile));
            }
            else if (File.Exists(path))
            {
                inputs.Add(FromFile(path));
            }
            else
            {
                report.Add(new SourceLocation(path), CorpusProblemKind.NotFound, "no such file or folder");
            }
        }

        return inputs;
    }

    private static CorpusInput FromFile(string path) =>
        new(path, () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan | FileOptions.Asynchronous));

    /// <summary>True for a file name the reader takes from a folder: .txt, .text, .jsonl, .ndjson, .json, each optionally .gz.</summary>
    public static bool IsSupported(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return SupportedExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }
}
