using System.Diagnostics;
using FineTuneGraph.Neo4j;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FineTuneGraph.Graph;

/// <summary>
/// The unique keys of every label, and full-text indexes where the server has them. Ensured once per process and
/// server (again after the client found the server anew, e.g. after a restart), and only what is missing is
/// created: schema statements take the schema lock, which a concurrent build would otherwise wait on.
/// </summary>
public sealed partial class GraphSchema(ICypherClient client, ILogger<GraphSchema>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<GraphSchema>.Instance;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Neo4jServerInfo? _ensuredFor;

    /// <summary>The full-text indexes of the model: name, label and properties.</summary>
    public static IReadOnlyList<(string Name, string Label, string[] Properties)> FulltextIndexes { get; } =
    [
        ("ftg_paper_text", GraphVocabulary.Paper, ["title", "abstract"]),
        ("ftg_finding_text", GraphVocabulary.Finding, ["text"]),
    ];

    /// <summary>Creates the constraints and indexes that are missing, unless that was done for this server already.</summary>
    /// <returns>How many schema statements ran.</returns>
    public async Task<int> EnsureAsync(CancellationToken cancellationToken)
    {
        var server = await client.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        if (ReferenceEquals(Volatile.Read(ref _ensuredFor), server))
        {
            return 0;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (ReferenceEquals(_ensuredFor, server))
            {
                return 0;
            }

            var created = await CreateMissingAsync(Neo4jDialect.For(server), cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _ensuredFor, server);
            return created;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets that the schema was ensured, so the next build checks it again (after a database was emptied by hand).</summary>
    public void Forget() => Volatile.Write(ref _ensuredFor, null);

    private async Task<int> CreateMissingAsync(Neo4jDialect dialect, CancellationToken cancellationToken)
    {
        var statements = new List<CypherStatement>();
        var keys = dialect.UniqueKeys((await client.RunAsync([dialect.ListConstraints()], cancellationToken).ConfigureAwait(false))[0]);
        foreach (var (label, key) in GraphVocabulary.Keys.Where(k => !keys.Contains(k)))
        {
            statements.Add(dialect.CreateUniqueConstraint(label, key));
        }

        if (dialect.ListIndexNames() is { } listIndexes)
        {
            var names = (await client.RunAsync([listIndexes], cancellationToken).ConfigureAwait(false))[0].Column("name").OfType<string>().ToHashSet(StringComparer.Ordinal);
            statements.AddRange(FulltextIndexes
                .Where(index => !names.Contains(index.Name))
                .Select(index => dialect.CreateFulltextIndex(index.Name, index.Label, index.Properties))
                .OfType<CypherStatement>());
        }

        if (statements.Count == 0)
        {
            return 0;
        }

        // Said before it runs: a schema change waits for every open write transaction, which can take a while.
        Creating(_logger, statements.Count);
        var started = Stopwatch.GetTimestamp();

        // Schema changes cannot share a transaction with each other on 3.x, so each runs on its own.
        foreach (var statement in statements)
        {
            await client.RunAsync([statement], cancellationToken).ConfigureAwait(false);
        }

        Created(_logger, statements.Count, Stopwatch.GetElapsedTime(started).TotalSeconds);

        return statements.Count;
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Creating {Count} missing constraints and indexes of the graph (waits for open write transactions)")]
    private static partial void Creating(ILogger logger, int count);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Created {Count} constraints and indexes in {Seconds:0.0} s")]
    private static partial void Created(ILogger logger, int count, double seconds);
}
