namespace FineTuneGraph.Core.Tests.Rules.Hostile;

/// <summary>What loading one hostile rule pack gave, as written to the reliability report.</summary>
/// <param name="Case">The case's name.</param>
/// <param name="Outcome"><c>refused</c> or <c>loaded</c>.</param>
/// <param name="Codes">The distinct diagnostic codes, in order.</param>
/// <param name="Where">Where the first diagnostic is, relative to the pack.</param>
/// <param name="Diagnostic">The first diagnostic's message (clipped).</param>
/// <param name="InputBytes">The bytes of the pack's files on disk.</param>
/// <param name="Milliseconds">Loading (and, for a pack that loads, compiling) on the wall clock.</param>
/// <param name="AllocatedBytes">Managed bytes allocated meanwhile, by every thread.</param>
/// <param name="PeakBytes">The highest managed heap size seen meanwhile, above the heap before.</param>
public sealed record ReliabilityRow(
    string Case,
    string Outcome,
    IReadOnlyList<string> Codes,
    string? Where,
    string? Diagnostic,
    long InputBytes,
    double Milliseconds,
    long AllocatedBytes,
    long PeakBytes);
