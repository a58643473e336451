namespace FineTuneGraph.Evaluation;

/// <summary>
/// True positives, false positives and false negatives, and the measures they give. A ratio whose denominator
/// is 0 is defined as 0: nothing predicted has precision 0, nothing to find has recall 0, and F1 is 0 without
/// a true positive.
/// </summary>
public readonly record struct Score(int Tp, int Fp, int Fn)
{
    /// <summary>TP / (TP + FP), or 0.</summary>
    public double Precision => Ratio(Tp, Tp + Fp);

    /// <summary>TP / (TP + FN), or 0.</summary>
    public double Recall => Ratio(Tp, Tp + Fn);

    /// <summary>The harmonic mean of precision and recall, computed as 2TP / (2TP + FP + FN), or 0.</summary>
    public double F1 => Ratio(2 * Tp, (2 * Tp) + Fp + Fn);

    /// <summary>The sum of two scores (micro-averaging adds counts, never ratios).</summary>
    public Score Add(Score other) => new(Tp + other.Tp, Fp + other.Fp, Fn + other.Fn);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
