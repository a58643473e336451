namespace FineTuneGraph.Evaluation;

/// <summary>Adds up the counts and the errors of each kind over all papers (micro-averaging).</summary>
internal sealed class ScoreTally
{
    private readonly Dictionary<EvaluationKind, Score> _scores = EvaluationKinds.All.ToDictionary(k => k, _ => default(Score));
    private readonly List<EvaluationError> _errors = [];

    public IReadOnlyDictionary<EvaluationKind, Score> Scores => _scores;

    public IReadOnlyList<EvaluationError> Errors => _errors;

    /// <summary>Matches one paper's gold items to its predicted items one-to-one and counts the outcome.</summary>
    public void Add<T>(string paperId, EvaluationKind kind, IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<int, int, bool> matches, Func<T, string> describe)
    {
        var predictionOf = BipartiteMatching.Maximum(gold.Count, predicted.Count, matches);
        var predictionUsed = new bool[predicted.Count];
        var tp = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            if (predictionOf[i] >= 0)
            {
                predictionUsed[predictionOf[i]] = true;
                tp++;
            }
            else
            {
                _errors.Add(new EvaluationError(paperId, kind, EvaluationErrorType.FalseNegative, describe(gold[i])));
            }
        }

        for (var j = 0; j < predicted.Count; j++)
        {
            if (!predictionUsed[j])
            {
                _errors.Add(new EvaluationError(paperId, kind, EvaluationErrorType.FalsePositive, describe(predicted[j])));
            }
        }

        _scores[kind] = _scores[kind].Add(new Score(tp, predicted.Count - tp, gold.Count - tp));
    }
}
