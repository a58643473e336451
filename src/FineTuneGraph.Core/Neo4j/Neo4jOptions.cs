using System.ComponentModel.DataAnnotations;

namespace FineTuneGraph.Neo4j;

/// <summary>
/// Where Neo4j is and how to talk to it. Bound from the <c>Neo4j</c> section, from <c>FTG__Neo4j__*</c>
/// variables, from the conventional <c>NEO4J_URI</c>, <c>NEO4J_USERNAME</c>, <c>NEO4J_PASSWORD</c>,
/// <c>NEO4J_DATABASE</c> and <c>NEO4J_BOLT_PORT</c>, and from command-line flags.
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP(S) address of the server.</summary>
    /// <value>The default value is <c>http://127.0.0.1:7474</c>.</value>
    [Required(ErrorMessage = "Neo4j:Uri (NEO4J_URI) is required.")]
    public string Uri { get; set; } = "http://127.0.0.1:7474";

    /// <summary>The user name for Basic auth.</summary>
    /// <value>The default value is <c>neo4j</c>.</value>
    [Required(ErrorMessage = "Neo4j:Username (NEO4J_USERNAME) is required.")]
    public string Username { get; set; } = "neo4j";

    /// <summary>The password; empty sends no credentials (for servers with auth disabled). Never logged.</summary>
    /// <value>The default value is empty; appsettings.json sets the local development password.</value>
    public string Password { get; set; } = string.Empty;

    /// <summary>The database on Neo4j 4 and later; 3.x servers have one database and ignore it.</summary>
    /// <value>The default value is <c>neo4j</c>.</value>
    [RegularExpression("^[A-Za-z][A-Za-z0-9.\\-]{0,62}$", ErrorMessage = "Neo4j:Database (NEO4J_DATABASE) must be a Neo4j database name: a letter, then letters, digits, '.' or '-' (at most 63 characters).")]
    public string Database { get; set; } = "neo4j";

    /// <summary>The Bolt port of the local server that <c>ftg neo4j start</c> runs (Neo4j Browser and cypher-shell use it).</summary>
    /// <value>The default value is 7687.</value>
    [Range(1, 65535, ErrorMessage = "Neo4j:BoltPort (NEO4J_BOLT_PORT) must be a TCP port between 1 and 65535.")]
    public int BoltPort { get; set; } = 7687;

    /// <summary>How long one HTTP request may take before it counts as failed (and is retried when safe).</summary>
    /// <value>The default value is 60 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Neo4j:RequestTimeout must be between 00:00:01 and 01:00:00.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long opening a connection may take (TCP and TLS): an address where nothing answers fails this fast.</summary>
    /// <value>The default value is 5 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00", ErrorMessage = "Neo4j:ConnectTimeout must be between 00:00:00.100 and 00:05:00.")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long each request that finds out what the server is may take (the first a command makes): a server that
    /// accepts connections but never answers fails this fast. Statements get <see cref="RequestTimeout"/>.
    /// </summary>
    /// <value>The default value is 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00", ErrorMessage = "Neo4j:DiscoveryTimeout must be between 00:00:00.100 and 00:05:00.")]
    public TimeSpan DiscoveryTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long one call keeps retrying transient failures: no new attempt starts once this much time has passed
    /// since the first. A command against an unreachable server gives up within about this plus one timeout.
    /// </summary>
    /// <value>The default value is 20 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:30:00", ErrorMessage = "Neo4j:RetryTimeout must be between 00:00:00 and 00:30:00.")]
    public TimeSpan RetryTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>How often a transient failure is retried before giving up (within <see cref="RetryTimeout"/>).</summary>
    /// <value>The default value is 4.</value>
    [Range(0, 20, ErrorMessage = "Neo4j:MaxRetryAttempts must be between 0 and 20.")]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>The first retry delay; later ones grow exponentially, with jitter.</summary>
    /// <value>The default value is 250 milliseconds.</value>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Neo4j:RetryBaseDelay must be between 00:00:00 and 00:01:00.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long the circuit stays open after repeated failures, failing fast instead of waiting on a dead server.</summary>
    /// <value>The default value is 15 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.5", "00:10:00", ErrorMessage = "Neo4j:CircuitBreakDuration must be between 00:00:00.5 and 00:10:00.")]
    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The parsed <see cref="Uri"/> with a trailing slash; valid once options validation has passed.</summary>
    public Uri GetBaseUri() => new(Uri.TrimEnd('/') + "/");
}
