using Microsoft.Extensions.Configuration;

namespace FineTuneGraph.Hosting;

/// <summary>
/// Maps the variables every Neo4j tool understands (<c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c>,
/// <c>NEO4J_DATABASE</c>) and the local server's <c>NEO4J_BOLT_PORT</c> onto the <c>Neo4j</c> section, and
/// <c>FTG_NEO4J_INSTANCE</c> (the variable scripts/neo4j.sh reads) onto <c>LocalNeo4j:Instance</c>.
/// </summary>
public sealed class ConventionalNeo4jEnvironmentVariables : ConfigurationProvider, IConfigurationSource
{
    /// <summary>Environment variable → configuration key.</summary>
    public static readonly IReadOnlyDictionary<string, string> Map = new Dictionary<string, string>
    {
        ["NEO4J_URI"] = "Neo4j:Uri",
        ["NEO4J_USERNAME"] = "Neo4j:Username",
        ["NEO4J_PASSWORD"] = "Neo4j:Password",
        ["NEO4J_DATABASE"] = "Neo4j:Database",
        ["NEO4J_BOLT_PORT"] = "Neo4j:BoltPort",
        ["FTG_NEO4J_INSTANCE"] = "LocalNeo4j:Instance",
    };

    private readonly Func<string, string?> _getVariable;

    /// <summary>Reads the process environment.</summary>
    public ConventionalNeo4jEnvironmentVariables()
        : this(Environment.GetEnvironmentVariable)
    {
    }

    /// <summary>Reads variables through <paramref name="getVariable"/> (for tests).</summary>
    public ConventionalNeo4jEnvironmentVariables(Func<string, string?> getVariable) => _getVariable = getVariable;

    /// <inheritdoc />
    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    /// <inheritdoc />
    public override void Load()
    {
        Data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variable, key) in Map)
        {
            if (_getVariable(variable) is { Length: > 0 } value)
            {
                Data[key] = value;
            }
        }
    }
}
