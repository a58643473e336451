namespace FineTuneGraph.Evaluation;

/// <summary>Pairs unexplained gold items with unexplained predictions that are near each other, each item at most once.</summary>
internal static class NearMissPairing
{
    /// <summary>
    /// As many (gold, predicted) pairs as <paramref name="near"/> allows, each item in at most one pair: a maximum
    /// matching, so that a prediction near two gold items is left to the one only it can explain.
    /// </summary>
    public static List<(T Gold, T Predicted)> Pair<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<T, T, bool> near)
    {
        var predictionOf = BipartiteMatching.Maximum(gold.Count, predicted.Count, (i, j) => near(gold[i], predicted[j]));
        var pairs = new List<(T, T)>();
        for (var i = 0; i < gold.Count; i++)
        {
            if (predictionOf[i] >= 0)
            {
                pairs.Add((gold[i], predicted[predictionOf[i]]));
            }
        }

        return pairs;
    }
}
