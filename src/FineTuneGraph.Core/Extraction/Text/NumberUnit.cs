namespace FineTuneGraph.Extraction;

/// <summary>The unit a <see cref="NumericValue"/> is stated in.</summary>
public enum NumberUnit
{
    /// <summary>A plain number: "0.85", "71.3".</summary>
    None,

    /// <summary>"58.8%", "5 %", "12.5 percent".</summary>
    Percent,

    /// <summary>"3.1 percentage points", "2.4 pp", "+4.2pp", "3% points".</summary>
    PercentagePoints,

    /// <summary>"1.5 points", "2 BLEU points", "a 5-point gain".</summary>
    Points,

    /// <summary>"3x", "2.5×", "10 times faster", "4-fold", "twofold".</summary>
    Times,
}
