using System.Text.RegularExpressions;

namespace FineTuneGraph.Neo4j;

/// <summary>
/// The statements whose syntax differs between Neo4j 3.x (the local test server) and 4.x/5.x (Docker, production).
/// Every other statement of FineTuneGraph is written in the subset both understand.
/// </summary>
public sealed partial class Neo4jDialect
{
    private Neo4jDialect(Version version) => Version = version;

    /// <summary>The server version the dialect speaks to.</summary>
    public Version Version { get; }

    private bool HasShowCommands => Version >= new Version(4, 2);

    /// <summary>The dialect for a discovered server.</summary>
    public static Neo4jDialect For(Neo4jServerInfo server) => new(server.Version);

    /// <summary>The dialect for a server version.</summary>
    public static Neo4jDialect For(Version version) => new(version);

    /// <summary>Lists constraints; read the rows with <see cref="DescribeConstraints"/>.</summary>
    public CypherStatement ListConstraints() => HasShowCommands
        ? new CypherStatement("SHOW CONSTRAINTS YIELD name, type, entityType, labelsOrTypes, properties RETURN name, type, entityType, labelsOrTypes, properties ORDER BY name")
        : new CypherStatement("CALL db.constraints() YIELD description RETURN description ORDER BY description");

    /// <summary>One line per constraint, e.g. <c>UNIQUENESS :Method(key)</c>.</summary>
    public IReadOnlyList<string> DescribeConstraints(CypherResult result)
    {
        if (!HasShowCommands)
        {
            return result.Column("description").Select(d => d as string ?? string.Empty).ToArray();
        }

        return Enumerable.Range(0, result.Rows.Count).Select(row =>
        {
            var labels = string.Join(":", AsStrings(result.Value(row, "labelsOrTypes")));
            var properties = string.Join(", ", AsStrings(result.Value(row, "properties")));
            return $"{result.Value(row, "type")} :{labels}({properties}) [{result.Value(row, "name")}]";
        }).ToArray();
    }

    /// <summary>
    /// The (label, property) pairs that have a uniqueness constraint, from the rows of <see cref="ListConstraints"/>:
    /// 3.x and 4.0/4.1 describe each one as text (<c>CONSTRAINT ON ( method:Method ) ASSERT method.key IS UNIQUE</c>,
    /// 4.x with the property in parentheses); 4.2+ returns labels and properties as lists.
    /// </summary>
    public IReadOnlySet<(string Label, string Property)> UniqueKeys(CypherResult result)
    {
        var keys = new HashSet<(string, string)>();
        for (var row = 0; row < result.Rows.Count; row++)
        {
            if (!HasShowCommands)
            {
                if (ConstraintDescription().Match(result.Value(row, "description") as string ?? string.Empty) is { Success: true } match)
                {
                    keys.Add((match.Groups["label"].Value, match.Groups["property"].Value));
                }

                continue;
            }

            var type = result.Value(row, "type") as string ?? string.Empty;
            if (type.Contains("UNIQUE", StringComparison.Ordinal) && AsStrings(result.Value(row, "labelsOrTypes")).ToArray() is [var label]
                && AsStrings(result.Value(row, "properties")).ToArray() is [var property])
            {
                keys.Add((label, property));
            }
        }

        return keys;
    }

    /// <summary>Lists index names where the server has them (4.2+); null on older servers, which have no named indexes.</summary>
    public CypherStatement? ListIndexNames() => HasShowCommands ? new CypherStatement("SHOW INDEXES YIELD name RETURN name") : null;

    /// <summary>
    /// A unique-key constraint, created only when missing: 3.x re-creating an existing constraint is a no-op; 4.1+
    /// names it and says IF NOT EXISTS; 4.4+ spells it FOR … REQUIRE. Label and property come from the graph model's
    /// allow-list, never from input.
    /// </summary>
    public CypherStatement CreateUniqueConstraint(string label, string property)
    {
        var name = $"ftg_{label.ToLowerInvariant()}_{property.ToLowerInvariant()}";
        return Version switch
        {
            { Major: >= 5 } or { Major: 4, Minor: >= 4 } => new CypherStatement($"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{label}) REQUIRE n.{property} IS UNIQUE"),
            { Major: 4, Minor: >= 1 } => new CypherStatement($"CREATE CONSTRAINT {name} IF NOT EXISTS ON (n:{label}) ASSERT n.{property} IS UNIQUE"),
            _ => new CypherStatement($"CREATE CONSTRAINT ON (n:{label}) ASSERT n.{property} IS UNIQUE"),
        };
    }

    /// <summary>A full-text index where the server has idempotent DDL for one (4.3 and later); null elsewhere.</summary>
    public CypherStatement? CreateFulltextIndex(string name, string label, IReadOnlyList<string> properties) =>
        Version >= new Version(4, 3)
            ? new CypherStatement($"CREATE FULLTEXT INDEX {name} IF NOT EXISTS FOR (n:{label}) ON EACH [{string.Join(", ", properties.Select(p => "n." + p))}]")
            : null;

    [GeneratedRegex(@"ON\s*\(\s*`?\w+`?\s*:\s*`?(?<label>\w+)`?\s*\)\s*ASSERT\s*\(?\s*`?\w+`?\.`?(?<property>\w+)`?\s*\)?\s*IS\s+UNIQUE", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConstraintDescription();

    private static IEnumerable<string> AsStrings(object? value) =>
        value is IEnumerable<object?> items ? items.Select(i => i?.ToString() ?? string.Empty) : [];
}
