using FineTuneGraph.Corpus;
using FineTuneGraph.Graph;
using FineTuneGraph.LocalServer;
using FineTuneGraph.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FineTuneGraph.IntegrationTests.Graph;

/// <summary>Builds through the product's own registration: the host resolves <see cref="GraphBuildService"/>, as every front door does.</summary>
internal static class GraphBuildKit
{
    public static string Repository(params string[] parts) => Path.Combine([RepositoryLayout.FindRoot()!, .. parts]);

    public static async Task<IReadOnlyList<Paper>> SampleAsync(IHost host)
    {
        var papers = new List<Paper>();
        await foreach (var paper in host.Services.GetRequiredService<GraphBuildService>().ReadAsync(new CorpusRequest([Repository("data")]), TestContext.Current.CancellationToken))
        {
            papers.Add(paper);
        }

        return papers;
    }

    public static Paper Paper(string id, string title, string text) => new()
    {
        Id = id,
        Title = title,
        Abstract = text,
        Source = new SourceLocation("test.jsonl"),
        Authors = ["Ada Lovelace", "Alan Turing"],
    };

    public static Task<BuildSummary> BuildAsync(this IHost host, IEnumerable<Paper> papers, bool force = false, IProgress<BuildProgress>? progress = null, CancellationToken? cancellationToken = null) =>
        host.Services.GetRequiredService<GraphBuildService>().BuildAsync(
            new BuildRequest(["test papers"]) { Papers = papers.ToAsyncEnumerable(), Force = force },
            progress,
            cancellationToken ?? TestContext.Current.CancellationToken);
}
