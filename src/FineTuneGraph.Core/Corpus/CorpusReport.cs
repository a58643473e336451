using System.Collections.Concurrent;

namespace FineTuneGraph.Corpus;

/// <summary>What a read did: files, records, and every problem with its location. Safe to share between threads.</summary>
public sealed class CorpusReport
{
    private readonly ConcurrentQueue<CorpusProblem> _problems = new();
    private readonly ConcurrentDictionary<string, long> _papersByFile = new(StringComparer.Ordinal);
    private long _filesRead;
    private long _papersRead;
    private long _papersEmitted;

    /// <summary>Called for each problem as it happens (e.g. to print it at once).</summary>
    public event Action<CorpusProblem>? ProblemFound;

    /// <summary>Files that were opened and read (fully or in part).</summary>
    public long FilesRead => Interlocked.Read(ref _filesRead);

    /// <summary>Records that became papers, before duplicates were merged.</summary>
    public long PapersRead => Interlocked.Read(ref _papersRead);

    /// <summary>Distinct papers handed on after merging duplicates.</summary>
    public long PapersEmitted => Interlocked.Read(ref _papersEmitted);

    /// <summary>Records that became papers, per input file (as named in <see cref="SourceLocation.File"/>).</summary>
    public IReadOnlyDictionary<string, long> PapersByFile => _papersByFile;

    /// <summary>Every problem, in the order found.</summary>
    public IReadOnlyList<CorpusProblem> Problems => _problems.ToArray();

    /// <summary>Problems that lost a record or a file (duplicates are not failures).</summary>
    public int Failures => _problems.Count(p => p.IsFailure);

    /// <summary>Problem counts by kind.</summary>
    public IReadOnlyDictionary<CorpusProblemKind, int> CountsByKind =>
        _problems.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());

    internal void Add(CorpusProblem problem)
    {
        _problems.Enqueue(problem);
        ProblemFound?.Invoke(problem);
    }

    internal void Add(SourceLocation location, CorpusProblemKind kind, string message) => Add(new CorpusProblem(location, kind, message));

    internal void FileRead() => Interlocked.Increment(ref _filesRead);

    internal void PaperRead(string file)
    {
        Interlocked.Increment(ref _papersRead);
        _papersByFile.AddOrUpdate(file, 1, static (_, count) => count + 1);
    }

    internal void PaperEmitted() => Interlocked.Increment(ref _papersEmitted);
}
