using System.Diagnostics;
using System.Text.Json;
using FineTuneGraph.Cli.Tests.Support;
using FineTuneGraph.Graph;
using FineTuneGraph.IntegrationTests.Inbox;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.IntegrationTests.Reliability;

/// <summary>
/// One paper that would write far more than any real one (100,000 authors: before the limits it exhausted the server's
/// heap and lost its batch): it is cut to the documented limit with a warning, and the papers around it load.
/// </summary>
public sealed class OversizedPaperTests(Neo4jTestServer server) : IAsyncLifetime
{
    private const int Authors = 100_000;
    private readonly string _folder = Directory.CreateTempSubdirectory("ftg-oversized-").FullName;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await server.ResetDatabaseAsync();

    public ValueTask DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task PaperWith100000Authors_IsCutToTheLimitWithAWarning_AndItsBatchLoads()
    {
        var crowded = JsonSerializer.Serialize(new
        {
            id = "2501.99999",
            title = "A paper with a crowd of authors",
            @abstract = "We fine-tune Llama 2 with LoRA and evaluate on GSM8K.",
            authors_parsed = Enumerable.Range(0, Authors).Select(i => new[] { $"Author{i}", "A.", "" }).ToArray(),
        });
        await File.WriteAllTextAsync(Path.Combine(_folder, "papers.jsonl"), InboxFiles.Lines(1, 2) + crowded + "\n" + InboxFiles.Lines(3, 2), Token);
        var started = Stopwatch.StartNew();

        var run = await CliRun.RunAsync(server.Configuration, "build", _folder);

        var took = started.Elapsed;
        Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {run.Error}");
        Assert.Contains("authors", run.Error + run.Output, StringComparison.Ordinal);
        Assert.Equal(5, await server.CountAsync("MATCH (p:Paper) RETURN count(p) AS n"));
        Assert.Equal(PaperLimits.MaxAuthors, await server.CountAsync("MATCH (:Paper {id: '2501.99999'})-[:AUTHORED_BY]->(a:Author) RETURN count(a) AS n"));
        ReliabilityRecord.Write("faults", "a paper with 100,000 authors among four ordinary ones", "cut to the limit, its batch loaded", new Dictionary<string, object?>
        {
            ["papers"] = 5,
            ["lost"] = 0,
            ["authorsKept"] = PaperLimits.MaxAuthors,
            ["exitOfTheFaultedRun"] = run.ExitCode,
            ["seconds"] = Math.Round(took.TotalSeconds, 1),
        });
    }
}
