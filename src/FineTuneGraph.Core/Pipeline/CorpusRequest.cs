using FineTuneGraph.Corpus;

namespace FineTuneGraph.Pipeline;

/// <summary>What to read: files and folders (or papers handed over directly), in which format, and where problems go.</summary>
/// <param name="Inputs">Files or folders, searched recursively; <c>-</c> is standard input.</param>
public record CorpusRequest(IReadOnlyList<string> Inputs)
{
    /// <summary>The input format; <see cref="CorpusFormat.Auto"/> detects it per file.</summary>
    public CorpusFormat Format { get; init; } = CorpusFormat.Auto;

    /// <summary>Collects every problem met, with its location; subscribe to it to show problems as they happen.</summary>
    public CorpusReport Report { get; init; } = new();

    /// <summary>Papers to use instead of reading <see cref="Inputs"/> (another front door that has papers already).</summary>
    public IAsyncEnumerable<Paper>? Papers { get; init; }

    /// <summary>What <c>-</c> reads; the process's standard input when null.</summary>
    public Func<Stream>? StandardInput { get; init; }
}
