using System.ComponentModel.DataAnnotations;

namespace FineTuneGraph.LocalServer;

/// <summary>The local Neo4j 3.1.1 that <c>ftg neo4j start</c> provisions when no Docker is at hand.</summary>
public sealed class LocalNeo4jOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "LocalNeo4j";

    /// <summary>The instance name: its configuration, data and logs live in <c>.neo4j/instances/{Instance}</c>.</summary>
    /// <value>The default value is <c>local</c>.</value>
    [RegularExpression("^[A-Za-z0-9_-]{1,40}$", ErrorMessage = "LocalNeo4j:Instance must be 1–40 letters, digits, '_' or '-'.")]
    public string Instance { get; set; } = "local";

    /// <summary>How long to wait for the server to answer after starting it.</summary>
    /// <value>The default value is 120 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:05", "00:30:00", ErrorMessage = "LocalNeo4j:StartTimeout must be between 00:00:05 and 00:30:00.")]
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(120);
}
