namespace FineTuneGraph.Evaluation;

/// <summary>Adds up the counts and the errors of each kind over all papers (micro-averaging).</summary>
internal sealed class ScoreTally
{
    private readonly Dictionary<EvaluationKind, Score> _scores = EvaluationKinds.All.ToDictionary(k => k, _ => default(Score));
    private readonly List<EvaluationError> _errors = [];

    public IReadOnlyDictionary<EvaluationKind, Score> Scores => _scores;

    public IReadOnlyList<EvaluationError> Errors => _errors;

    /// <summary>Matches one paper's gold items to its predicted items one-to-one, counts the outcome, and returns what was left over.</summary>
    public UnmatchedItems Add<T>(string paperId, EvaluationKind kind, IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<int, int, bool> matches, Func<T, string> describe)
    {
        var predictionOf = BipartiteMatching.Maximum(gold.Count, predicted.Count, matches);
        var predictionUsed = new bool[predicted.Count];
        var goldLeft = new List<int>();
        var predictedLeft = new List<int>();
        for (var i = 0; i < gold.Count; i++)
        {
            if (predictionOf[i] >= 0)
            {
                predictionUsed[predictionOf[i]] = true;
            }
            else
            {
                goldLeft.Add(i);
                _errors.Add(new EvaluationError(paperId, kind, EvaluationErrorType.FalseNegative, describe(gold[i])));
            }
        }

        for (var j = 0; j < predicted.Count; j++)
        {
            if (!predictionUsed[j])
            {
                predictedLeft.Add(j);
                _errors.Add(new EvaluationError(paperId, kind, EvaluationErrorType.FalsePositive, describe(predicted[j])));
            }
        }

        var tp = gold.Count - goldLeft.Count;
        _scores[kind] = _scores[kind].Add(new Score(tp, predictedLeft.Count, goldLeft.Count));
        return new UnmatchedItems(goldLeft, predictedLeft);
    }
}
