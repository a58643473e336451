using FineTuneGraph.Corpus;

namespace FineTuneGraph.Evaluation;

/// <summary>
/// Finds the predicted paper of each gold paper: same id first, then same title slug (a prediction may carry an
/// arXiv id where gold has the slug). Each predicted paper serves at most one gold paper.
/// </summary>
internal static class PaperPairing
{
    /// <summary>The prediction for each gold paper (null when none), and how many predicted papers were left over.</summary>
    public static (GoldRecord?[] PredictionOf, int UnmatchedPredicted) Pair(IReadOnlyList<GoldRecord> gold, IReadOnlyList<GoldRecord> predicted)
    {
        var byId = Index(predicted, p => p.Id);
        var bySlug = Index(predicted, p => PaperIdentity.Slug(p.Title));
        var used = new bool[predicted.Count];
        var predictionOf = new GoldRecord?[gold.Count];

        for (var i = 0; i < gold.Count; i++)
        {
            predictionOf[i] = Take(byId, gold[i].Id, predicted, used);
        }

        for (var i = 0; i < gold.Count; i++)
        {
            if (predictionOf[i] is null)
            {
                var slug = PaperIdentity.Slug(gold[i].Title);
                predictionOf[i] = Take(bySlug, slug, predicted, used) ?? Take(byId, slug, predicted, used) ?? Take(bySlug, gold[i].Id, predicted, used);
            }
        }

        return (predictionOf, used.Count(u => !u));
    }

    private static Dictionary<string, List<int>> Index(IReadOnlyList<GoldRecord> records, Func<GoldRecord, string> key)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            var value = key(records[i]);
            if (value.Length == 0)
            {
                continue;
            }

            if (!index.TryGetValue(value, out var positions))
            {
                index[value] = positions = [];
            }

            positions.Add(i);
        }

        return index;
    }

    private static GoldRecord? Take(Dictionary<string, List<int>> index, string key, IReadOnlyList<GoldRecord> records, bool[] used)
    {
        if (key.Length == 0 || !index.TryGetValue(key, out var positions))
        {
            return null;
        }

        foreach (var position in positions)
        {
            if (!used[position])
            {
                used[position] = true;
                return records[position];
            }
        }

        return null;
    }
}
