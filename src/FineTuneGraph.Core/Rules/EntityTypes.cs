using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace FineTuneGraph.Rules;

/// <summary>
/// The closed set of entity types (they become Neo4j labels) and the naming rule for labels and relationship
/// types. Names reach Cypher only after passing this allow-list.
/// </summary>
public static partial class EntityTypes
{
    public const string Method = nameof(Method);
    public const string Model = nameof(Model);
    public const string Dataset = nameof(Dataset);
    public const string Task = nameof(Task);
    public const string Metric = nameof(Metric);

    /// <summary>The paper itself, allowed as the <c>from</c> end of relation rules.</summary>
    public const string Paper = nameof(Paper);

    /// <summary>Every entity type.</summary>
    public static readonly FrozenSet<string> All = new[] { Method, Model, Dataset, Task, Metric }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for names Neo4j labels and relationship types may take here: <c>^[A-Z][A-Za-z0-9_]*$</c>.</summary>
    public static bool IsValidGraphName(string name) => GraphName().IsMatch(name);

    [GeneratedRegex("^[A-Z][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex GraphName();
}
