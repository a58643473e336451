using System.Text;
using FineTuneGraph.LocalServer;

namespace FineTuneGraph.Core.Tests.Corpus;

/// <summary>
/// The machine-readable output of the hostile-input table: one JSON object per case, in
/// <c>artifacts/reliability/corpus.jsonl</c> under the checkout (started afresh by each run), from which the
/// reliability page is generated.
/// </summary>
public sealed class ReliabilityLog
{
    private static readonly UTF8Encoding NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Lock _lock = new();

    public ReliabilityLog()
    {
        var root = RepositoryLayout.FindRoot() ?? AppContext.BaseDirectory;
        Path = System.IO.Path.Combine(root, "artifacts", "reliability", "corpus.jsonl");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        File.WriteAllText(Path, "");
    }

    /// <summary>Where the lines go.</summary>
    public string Path { get; }

    /// <summary>Appends one JSON line.</summary>
    public void Write(string json)
    {
        lock (_lock)
        {
            File.AppendAllText(Path, json + "\n", NoBom);
        }
    }
}
