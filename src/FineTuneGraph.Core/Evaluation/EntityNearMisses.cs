namespace FineTuneGraph.Evaluation;

/// <summary>Unmatched gold and predicted entities near each other: wrong type and wrong boundary.</summary>
internal static class EntityNearMisses
{
    /// <summary>A gold entity and a prediction of another kind that share a normalised form.</summary>
    public static void WrongTypes(PaperMisses misses, List<ClassifiedError> errors)
    {
        var gold = Unexplained(misses.GoldLeft);
        var predicted = Unexplained(misses.PredictedLeft);
        var pairs = NearMissPairing.Pair(gold, predicted, (g, p) =>
            g.Kind != p.Kind && misses.GoldForms.Of(g.Kind)[g.Index].Overlaps(misses.PredictedForms.Of(p.Kind)[p.Index]));
        foreach (var (g, p) in pairs)
        {
            misses.Explain(g.Kind, g.Index, p.Kind, p.Index);
            errors.Add(new ClassifiedError(misses.PaperId, g.Kind, ErrorCause.WrongType, misses.GoldText(g.Kind, g.Index), misses.PredictedText(p.Kind, p.Index))
            {
                PredictedKind = p.Kind,
            });
        }
    }

    /// <summary>
    /// A gold entity and a prediction of the same kind, one inside the other: a normalised form contains the other's
    /// ("llama2chat70b" ⊃ "llama2chat"), or the words of a name or mention contain the other's ("Llama 2 70B Chat" ⊃
    /// "Llama 2 Chat").
    /// </summary>
    public static void WrongBoundaries(PaperMisses misses, EvaluationKind kind, List<ClassifiedError> errors)
    {
        var goldEntities = misses.Gold.EntitiesOf(kind);
        var predictedEntities = misses.Predicted.EntitiesOf(kind);
        var goldForms = misses.GoldForms.Of(kind);
        var predictedForms = misses.PredictedForms.Of(kind);
        var pairs = NearMissPairing.Pair(misses.GoldLeft(kind), misses.PredictedLeft(kind), (i, j) =>
            FormInside(goldForms[i], predictedForms[j]) || WordsInside(goldEntities[i], predictedEntities[j]));
        foreach (var (i, j) in pairs)
        {
            misses.Explain(kind, i, kind, j);
            errors.Add(new ClassifiedError(misses.PaperId, kind, ErrorCause.WrongBoundary, misses.GoldText(kind, i), misses.PredictedText(kind, j)));
        }
    }

    private static List<(EvaluationKind Kind, int Index)> Unexplained(Func<EvaluationKind, IReadOnlyList<int>> left) =>
        [.. EvaluationKinds.Entities.SelectMany(kind => left(kind).Select(index => (kind, index)))];

    private static bool FormInside(HashSet<string> gold, HashSet<string> predicted) =>
        gold.Any(g => predicted.Any(p => g.Contains(p, StringComparison.Ordinal) || p.Contains(g, StringComparison.Ordinal)));

    private static bool WordsInside(GoldEntity gold, GoldEntity predicted)
    {
        var predictedWords = WordSets(predicted);
        return WordSets(gold).Any(g => predictedWords.Any(p => g.IsSubsetOf(p) || p.IsSubsetOf(g)));
    }

    private static List<HashSet<string>> WordSets(GoldEntity entity) =>
        [.. entity.Mentions.Prepend(entity.Name).Select(ScoringText.Words).Where(words => words.Count > 0)];
}
