namespace FineTuneGraph.Neo4j;

/// <summary>The result of one statement: column names, rows of .NET values, and update counters.</summary>
/// <remarks>
/// Values are <see cref="string"/>, <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, <c>null</c>,
/// <see cref="IReadOnlyList{T}"/> of values, and <see cref="IReadOnlyDictionary{TKey, TValue}"/> for maps and nodes.
/// </remarks>
public sealed record CypherResult(
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    IReadOnlyDictionary<string, long> Counters)
{
    /// <summary>The value of <paramref name="column"/> in row <paramref name="row"/>.</summary>
    public object? Value(int row, string column)
    {
        var index = Columns.ToList().IndexOf(column);
        if (index < 0)
        {
            throw new ArgumentException($"The result has no column '{column}' (columns: {string.Join(", ", Columns)}).", nameof(column));
        }

        return Rows[row][index];
    }

    /// <summary>The values of one column, in row order.</summary>
    public IEnumerable<object?> Column(string column)
    {
        for (var row = 0; row < Rows.Count; row++)
        {
            yield return Value(row, column);
        }
    }

    /// <summary>An update counter such as <c>nodes_created</c>; 0 when the server did not report it.</summary>
    public long Counter(string name) => Counters.TryGetValue(name, out var value) ? value : 0;
}
