namespace FineTuneGraph.Rules;

/// <summary>
/// The diagnostics of one load: every one is counted and the first <see cref="MaxKept"/> are kept, so a file with a
/// million problems costs no more memory than one with a few thousand. Files are read in order and each from its
/// start, so the kept ones hold the first problems of the pack.
/// </summary>
internal sealed class RuleDiagnosticList
{
    /// <summary>How many are kept: more than an exception shows, so sorting them still puts the first ones first.</summary>
    public const int MaxKept = 10 * RulePackException.MaxDiagnostics;

    private readonly List<RuleDiagnostic> _kept = [];

    /// <summary>Every diagnostic added, kept or not.</summary>
    public int Count { get; private set; }

    public IReadOnlyList<RuleDiagnostic> Kept => _kept;

    public void Add(RuleDiagnostic diagnostic)
    {
        Count++;
        if (_kept.Count < MaxKept)
        {
            _kept.Add(diagnostic);
        }
    }
}
