using FineTuneGraph.Evaluation;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

/// <summary>Turns an extraction into the gold schema of the evaluation guidelines, so any scorer can check it.</summary>
public static class GoldRecordWriter
{
    /// <summary>Relationship types that fill <c>method_dataset</c> and <c>method_model</c>.</summary>
    public const string EvaluatedOn = "EVALUATED_ON";

    /// <summary>Training data: counted in <c>method_dataset</c> with <see cref="EvaluatedOn"/> (the guidelines' "trained, fine-tuned, applied or evaluated on").</summary>
    public const string TrainedOn = "TRAINED_ON";

    /// <inheritdoc cref="EvaluatedOn"/>
    public const string AppliedTo = "APPLIED_TO";

    public static GoldRecord ToGoldRecord(PaperExtraction extraction)
    {
        var byKey = extraction.Entities.ToDictionary(e => (e.Type, e.Key));
        string? NameOf(string type, string? key) => key is not null && byKey.TryGetValue((type, key), out var entity) ? entity.Name : null;

        return new GoldRecord(extraction.Paper.Slug, extraction.Paper.Title)
        {
            Methods = Entities(extraction, EntityTypes.Method, withProposed: true),
            Models = Entities(extraction, EntityTypes.Model, withProposed: false),
            Datasets = Entities(extraction, EntityTypes.Dataset, withProposed: false),
            Tasks = Entities(extraction, EntityTypes.Task, withProposed: false),
            Metrics = Entities(extraction, EntityTypes.Metric, withProposed: false),
            MethodDataset = Pairs(extraction, [EvaluatedOn, TrainedOn], EntityTypes.Dataset, NameOf),
            MethodModel = Pairs(extraction, [AppliedTo], EntityTypes.Model, NameOf),
            Results = extraction.Findings.SelectMany(f => Results(f, NameOf)).ToArray(),
        };
    }

    /// <summary>
    /// A finding's results: each value with what it is about (<see cref="Finding.ValueSubjects"/>), each entity by its
    /// name (the canonical form: "word error rate" for "WER").
    /// </summary>
    private static IEnumerable<GoldResult> Results(Finding finding, Func<string, string?, string?> nameOf)
    {
        if (finding.ValueSubjects.Count != finding.Values.Count)
        {
            return finding.Values.Select(v => new GoldResult(
                v.Text,
                nameOf(EntityTypes.Metric, finding.MetricKey),
                nameOf(EntityTypes.Dataset, finding.DatasetKeys.FirstOrDefault()),
                nameOf(EntityTypes.Method, finding.MethodKeys.FirstOrDefault()),
                nameOf(EntityTypes.Model, finding.ModelKeys.FirstOrDefault())));
        }

        return finding.ValueSubjects.Select(s => new GoldResult(
            s.Value.Text,
            MetricName(s.Metric, nameOf),
            nameOf(EntityTypes.Dataset, s.Dataset?.Key),
            nameOf(EntityTypes.Method, s.Method?.Key),
            nameOf(EntityTypes.Model, s.Model?.Key)));
    }

    /// <summary>
    /// The metric's canonical name, except for a name with a parameter ("Recall@k", "pass@k"): there the claim's own
    /// wording says which one ("Recall@10", "pass@1").
    /// </summary>
    private static string? MetricName(FindingReference? metric, Func<string, string?, string?> nameOf)
    {
        var name = nameOf(EntityTypes.Metric, metric?.Key);
        return name is not null && name.EndsWith("@k", StringComparison.OrdinalIgnoreCase)
            && metric?.Surface is { } surface && surface.Contains('@', StringComparison.Ordinal) && char.IsAsciiDigit(surface[^1])
            ? surface
            : name;
    }

    private static GoldEntity[] Entities(PaperExtraction extraction, string type, bool withProposed) =>
        extraction.Entities
            .Where(e => e.Type == type)
            .Select(e => new GoldEntity(e.Name, e.Mentions.Select(m => m.Surface).Distinct(StringComparer.Ordinal).ToArray(), withProposed ? e.Proposed : null))
            .ToArray();

    private static GoldPair[] Pairs(PaperExtraction extraction, string[] relationTypes, string targetType, Func<string, string?, string?> nameOf) =>
        extraction.Relations
            .Where(r => relationTypes.Contains(r.Type) && r.FromType == EntityTypes.Method && r.ToType == targetType)
            .Select(r => (From: nameOf(EntityTypes.Method, r.FromKey), To: nameOf(targetType, r.ToKey)))
            .Where(p => p.From is not null && p.To is not null)
            .Select(p => new GoldPair(p.From!, p.To!))
            .Distinct()
            .ToArray();
}
