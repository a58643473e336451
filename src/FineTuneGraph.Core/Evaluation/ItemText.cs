namespace FineTuneGraph.Evaluation;

/// <summary>How a scored item is written in errors: an entity's name, <c>method -> target</c>, a result's value and fields.</summary>
internal static class ItemText
{
    /// <summary>The text of the item at <paramref name="index"/> among the record's items of <paramref name="kind"/>.</summary>
    public static string Of(GoldRecord record, EvaluationKind kind, int index) => kind switch
    {
        EvaluationKind.MethodDataset => Of(record.MethodDataset[index]),
        EvaluationKind.MethodModel => Of(record.MethodModel[index]),
        EvaluationKind.Results or EvaluationKind.ResultsStrict => Of(record.Results[index]),
        _ => Of(record.EntitiesOf(kind)[index]),
    };

    public static string Of(GoldEntity entity) => entity.Name;

    public static string Of(GoldPair pair) => $"{pair.Method} -> {pair.Target}";

    public static string Of(GoldResult result)
    {
        var fields = ResultField.All
            .Select(field => (field.Name, Value: field.ValueOf(result)))
            .Where(field => !string.IsNullOrWhiteSpace(field.Value))
            .Select(field => $"{field.Name}: {field.Value}")
            .ToList();
        var value = result.Value ?? "(no value)";
        return fields.Count == 0 ? value : $"{value} ({string.Join(", ", fields)})";
    }
}
