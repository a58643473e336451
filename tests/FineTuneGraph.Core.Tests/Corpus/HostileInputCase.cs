using FineTuneGraph.Corpus;

namespace FineTuneGraph.Core.Tests.Corpus;

/// <summary>
/// One row of the hostile-input table: what it writes into an empty folder (returning the paths to read), the distinct
/// papers and the problem kinds expected, and its bounds.
/// </summary>
/// <param name="Name">The case, as it appears in the results.</param>
/// <param name="Write">Writes the input into the folder given and returns the paths to read.</param>
/// <param name="Papers">Distinct papers expected.</param>
/// <param name="Problems">The kinds of problem expected (each at least once, no other kind).</param>
/// <param name="TimeBound">The longest the read may take; generous, so that a loaded machine does not fail it.</param>
/// <param name="MaxHeapBytes">How much the managed heap may grow during the read (sampled), for the large cases.</param>
/// <param name="Options">Reader options other than the defaults.</param>
public sealed record HostileInputCase(
    string Name,
    Func<string, string[]> Write,
    int Papers,
    CorpusProblemKind[] Problems,
    TimeSpan TimeBound,
    long? MaxHeapBytes = null,
    CorpusOptions? Options = null);
