using System.Buffers;
using System.Text;
using System.Text.Json;

namespace FineTuneGraph.Evaluation;

/// <summary>The outcome of scoring predictions against gold: a score per kind, the papers, and every error.</summary>
/// <param name="Scores">Micro-averaged counts per kind; a kind that is absent counts as all zeros.</param>
/// <param name="PapersMatched">Gold papers that had a predicted paper.</param>
/// <param name="GoldPapersUnmatched">Gold papers without a prediction: all their items are false negatives.</param>
/// <param name="PredictedPapersUnmatched">Predicted papers without a gold paper: not scored.</param>
/// <param name="Errors">Every false positive and false negative, by gold paper in file order, then by kind.</param>
public sealed record EvaluationReport(
    IReadOnlyDictionary<EvaluationKind, Score> Scores,
    int PapersMatched,
    int GoldPapersUnmatched,
    int PredictedPapersUnmatched,
    IReadOnlyList<EvaluationError> Errors)
{
    /// <summary>
    /// The same errors explained by cause (<see cref="ErrorClassifier"/>): by gold paper in file order, then by kind
    /// and cause. A near gold item and prediction make one error, so there are at most as many as <see cref="Errors"/>.
    /// </summary>
    public IReadOnlyList<ClassifiedError> ClassifiedErrors { get; init; } = [];

    /// <summary>The score of one kind.</summary>
    public Score this[EvaluationKind kind] => Scores.TryGetValue(kind, out var score) ? score : default;

    /// <summary>
    /// <c>{"entities": {"Method": {"precision", "recall", "f1", "tp", "fp", "fn"}, …}, "relations": {"method_dataset": …, "method_model": …, "results": …}}</c>,
    /// ratios rounded to 4 decimals. With <paramref name="errors"/>, an <c>errors</c> array follows: one object per
    /// <see cref="ClassifiedErrors"/> item with <c>paper</c>, <c>kind</c>, <c>cause</c> (<c>missed</c>, <c>spurious</c>,
    /// <c>wrong_type</c>, <c>wrong_boundary</c>, <c>wrong_pair</c>, <c>wrong_field</c>), <c>gold</c> and <c>predicted</c>
    /// (null when absent), and <c>predicted_kind</c> (wrong type) or <c>differences</c> (wrong pair, wrong field).
    /// </summary>
    public string ToJson(bool indented = true, bool errors = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            writer.WriteStartObject();
            WriteGroup(writer, "entities", EvaluationKinds.Entities);
            WriteGroup(writer, "relations", EvaluationKinds.Relations);
            if (errors)
            {
                WriteErrors(writer);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void WriteGroup(Utf8JsonWriter writer, string name, IReadOnlyList<EvaluationKind> kinds)
    {
        writer.WriteStartObject(name);
        foreach (var kind in kinds)
        {
            var score = this[kind];
            writer.WriteStartObject(kind.Name());
            writer.WriteNumber("precision", Math.Round(score.Precision, 4));
            writer.WriteNumber("recall", Math.Round(score.Recall, 4));
            writer.WriteNumber("f1", Math.Round(score.F1, 4));
            writer.WriteNumber("tp", score.Tp);
            writer.WriteNumber("fp", score.Fp);
            writer.WriteNumber("fn", score.Fn);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private void WriteErrors(Utf8JsonWriter writer)
    {
        writer.WriteStartArray("errors");
        foreach (var error in ClassifiedErrors)
        {
            writer.WriteStartObject();
            writer.WriteString("paper", error.PaperId);
            writer.WriteString("kind", error.Kind.Name());
            writer.WriteString("cause", error.Cause.JsonName());
            writer.WriteString("gold", error.Gold);
            writer.WriteString("predicted", error.Predicted);
            if (error.PredictedKind is { } predictedKind)
            {
                writer.WriteString("predicted_kind", predictedKind.Name());
            }

            if (error.Differences.Count > 0)
            {
                writer.WriteStartArray("differences");
                foreach (var difference in error.Differences)
                {
                    writer.WriteStringValue(difference);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
