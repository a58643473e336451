using System.Text.Json;
using System.Text.Json.Serialization;

namespace FineTuneGraph.Evaluation;

/// <summary>
/// One line of a gold (or predicted) file: a paper and what should be extracted from it, in the schema of the
/// annotation guidelines. <see cref="JsonSerializer"/> reads and writes it in that schema exactly.
/// </summary>
/// <param name="Id">The paper's id: its title slug in gold files.</param>
/// <param name="Title">The paper's title.</param>
[JsonConverter(typeof(GoldRecordJsonConverter))]
public sealed record GoldRecord(string Id, string Title)
{
    /// <summary>Method entities; the only type whose <see cref="GoldEntity.Proposed"/> is written.</summary>
    public IReadOnlyList<GoldEntity> Methods { get; init; } = [];

    /// <summary>Model entities.</summary>
    public IReadOnlyList<GoldEntity> Models { get; init; } = [];

    /// <summary>Dataset entities.</summary>
    public IReadOnlyList<GoldEntity> Datasets { get; init; } = [];

    /// <summary>Task entities.</summary>
    public IReadOnlyList<GoldEntity> Tasks { get; init; } = [];

    /// <summary>Metric entities.</summary>
    public IReadOnlyList<GoldEntity> Metrics { get; init; } = [];

    /// <summary><c>method_dataset</c>: [method, dataset] pairs.</summary>
    public IReadOnlyList<GoldPair> MethodDataset { get; init; } = [];

    /// <summary><c>method_model</c>: [method, model] pairs.</summary>
    public IReadOnlyList<GoldPair> MethodModel { get; init; } = [];

    /// <summary>Numeric results.</summary>
    public IReadOnlyList<GoldResult> Results { get; init; } = [];

    /// <summary>The entities of one entity kind (<see cref="EvaluationKind.Method"/> to <see cref="EvaluationKind.Metric"/>).</summary>
    public IReadOnlyList<GoldEntity> EntitiesOf(EvaluationKind kind) => kind switch
    {
        EvaluationKind.Method => Methods,
        EvaluationKind.Model => Models,
        EvaluationKind.Dataset => Datasets,
        EvaluationKind.Task => Tasks,
        EvaluationKind.Metric => Metrics,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an entity kind"),
    };

    /// <summary>The record as one compact JSON line (no line break), fields in schema order.</summary>
    public string ToJsonLine() => GoldJson.Write(this);

    /// <summary>Reads one record; a <see cref="JsonException"/> says what is wrong and where (e.g. <c>methods[1].name</c>).</summary>
    public static GoldRecord Parse(string json) => GoldJson.Read(json);
}
