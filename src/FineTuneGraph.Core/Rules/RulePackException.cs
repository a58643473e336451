namespace FineTuneGraph.Rules;

/// <summary>A rule pack that did not load, with every problem found in it (up to <see cref="MaxDiagnostics"/>).</summary>
public sealed class RulePackException : Exception
{
    /// <summary>The most diagnostics one exception carries; past this many, fixing the first ones comes first.</summary>
    public const int MaxDiagnostics = 200;

    /// <summary>Creates an exception without diagnostics.</summary>
    public RulePackException()
        : this("the rule pack did not load")
    {
    }

    /// <summary>Creates an exception without diagnostics.</summary>
    public RulePackException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception without diagnostics.</summary>
    public RulePackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a pack and its problems, in file, line and column order.</summary>
    /// <param name="directory">The pack folder as given.</param>
    /// <param name="diagnostics">Every problem found; only the first <see cref="MaxDiagnostics"/> are kept.</param>
    public RulePackException(string directory, IReadOnlyList<RuleDiagnostic> diagnostics)
        : this(directory, diagnostics, diagnostics?.Count ?? 0)
    {
    }

    /// <summary>Creates the exception for a pack and the first of its problems, in file, line and column order.</summary>
    /// <param name="directory">The pack folder as given.</param>
    /// <param name="diagnostics">The first problems found; only the first <see cref="MaxDiagnostics"/> are kept.</param>
    /// <param name="problemCount">How many problems were found in all.</param>
    public RulePackException(string directory, IReadOnlyList<RuleDiagnostic> diagnostics, int problemCount)
        : base(Describe(directory, diagnostics, problemCount))
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        Directory = directory;
        Diagnostics = diagnostics.Take(MaxDiagnostics).ToArray();
        ProblemCount = Math.Max(problemCount, diagnostics.Count);
    }

    /// <summary>The pack folder as given.</summary>
    public string Directory { get; } = "";

    /// <summary>The problems, in file, line and column order; at most <see cref="MaxDiagnostics"/>.</summary>
    public IReadOnlyList<RuleDiagnostic> Diagnostics { get; } = [];

    /// <summary>How many problems were found, including those past <see cref="MaxDiagnostics"/>.</summary>
    public int ProblemCount { get; }

    private static string Describe(string directory, IReadOnlyList<RuleDiagnostic> diagnostics, int problemCount) => diagnostics switch
    {
        null or [] => $"the rule pack {directory} did not load",
        [var only] when problemCount <= 1 => $"the rule pack {directory} has a problem: {only}",
        [var first, ..] => $"the rule pack {directory} has {Math.Max(problemCount, diagnostics.Count)} problems; the first: {first}",
    };
}
