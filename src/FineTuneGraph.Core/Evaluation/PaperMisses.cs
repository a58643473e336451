namespace FineTuneGraph.Evaluation;

/// <summary>One paper's records, their forms, and the unmatched items of each kind not yet explained by a cause.</summary>
internal sealed class PaperMisses(string paperId, GoldRecord gold, GoldRecord predicted, PaperForms goldForms, PaperForms predictedForms)
{
    private readonly Dictionary<EvaluationKind, List<int>> _goldLeft = EvaluationKinds.All.ToDictionary(k => k, _ => new List<int>());
    private readonly Dictionary<EvaluationKind, List<int>> _predictedLeft = EvaluationKinds.All.ToDictionary(k => k, _ => new List<int>());

    public string PaperId => paperId;

    public GoldRecord Gold => gold;

    public GoldRecord Predicted => predicted;

    public PaperForms GoldForms => goldForms;

    public PaperForms PredictedForms => predictedForms;

    /// <summary>Records what the scoring of <paramref name="kind"/> left unmatched.</summary>
    public void Add(EvaluationKind kind, UnmatchedItems items)
    {
        _goldLeft[kind].AddRange(items.Gold);
        _predictedLeft[kind].AddRange(items.Predicted);
    }

    /// <summary>Indexes of the unmatched gold items of <paramref name="kind"/> not yet explained.</summary>
    public IReadOnlyList<int> GoldLeft(EvaluationKind kind) => _goldLeft[kind];

    /// <summary>Indexes of the unmatched predicted items of <paramref name="kind"/> not yet explained.</summary>
    public IReadOnlyList<int> PredictedLeft(EvaluationKind kind) => _predictedLeft[kind];

    /// <summary>Takes a gold item and a prediction out of the unexplained ones: each is used in at most one explained pair.</summary>
    public void Explain(EvaluationKind goldKind, int goldIndex, EvaluationKind predictedKind, int predictedIndex)
    {
        _goldLeft[goldKind].Remove(goldIndex);
        _predictedLeft[predictedKind].Remove(predictedIndex);
    }

    /// <summary>The text of a gold item of <paramref name="kind"/>.</summary>
    public string GoldText(EvaluationKind kind, int index) => ItemText.Of(gold, kind, index);

    /// <summary>The text of a predicted item of <paramref name="kind"/>.</summary>
    public string PredictedText(EvaluationKind kind, int index) => ItemText.Of(predicted, kind, index);
}
