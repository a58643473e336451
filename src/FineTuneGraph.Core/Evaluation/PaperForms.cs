namespace FineTuneGraph.Evaluation;

/// <summary>
/// The normalised forms (<see cref="ScoringText.Forms"/>) of one paper's entities, by entity kind, and the forms
/// a name stands for in that paper.
/// </summary>
internal sealed class PaperForms
{
    private readonly Dictionary<EvaluationKind, List<HashSet<string>>> _forms;

    public PaperForms(GoldRecord record) =>
        _forms = EvaluationKinds.Entities.ToDictionary(kind => kind, kind => record.EntitiesOf(kind).Select(ScoringText.Forms).ToList());

    /// <summary>The forms of each entity of <paramref name="kind"/>, in the record's order.</summary>
    public IReadOnlyList<HashSet<string>> Of(EvaluationKind kind) => _forms[kind];

    /// <summary>
    /// The forms <paramref name="name"/> stands for: its own normalised form, and every form of the paper's entities
    /// of <paramref name="kind"/> that have it as a form. Empty for an empty name.
    /// </summary>
    /// <remarks>
    /// A pair or a result names an entity in any form; the paper's own entities supply the other forms, so that
    /// ["DPO", "GSM8K"] matches ["direct preference optimization", "GSM8K"] when either paper lists "DPO" as a
    /// mention of that method.
    /// </remarks>
    public HashSet<string> OfName(string? name, EvaluationKind kind)
    {
        var key = ScoringText.Normalize(name);
        var forms = new HashSet<string>(StringComparer.Ordinal);
        if (key.Length == 0)
        {
            return forms;
        }

        forms.Add(key);
        foreach (var entity in _forms[kind])
        {
            if (entity.Contains(key))
            {
                forms.UnionWith(entity);
            }
        }

        return forms;
    }

    /// <summary>The forms of both ends of a pair whose target is an entity of <paramref name="targetKind"/>.</summary>
    public (HashSet<string> Method, HashSet<string> Target) Ends(GoldPair pair, EvaluationKind targetKind) =>
        (OfName(pair.Method, EvaluationKind.Method), OfName(pair.Target, targetKind));
}
