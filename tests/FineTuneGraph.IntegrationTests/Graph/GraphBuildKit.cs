using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;
using FineTuneGraph.Graph;
using FineTuneGraph.LocalServer;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FineTuneGraph.IntegrationTests.Graph;

/// <summary>Reads corpora and builds them into the test server with a given rule pack.</summary>
internal static class GraphBuildKit
{
    public static string Repository(params string[] parts) => Path.Combine([RepositoryLayout.FindRoot()!, .. parts]);

    public static Extractor DefaultExtractor { get; } = ExtractorFor(Repository("rules"));

    public static Extractor ExtractorFor(string rules) => new(CompiledRulePack.Compile(RulePackLoader.Load(rules)));

    public static async Task<IReadOnlyList<Paper>> SampleAsync(IHost host)
    {
        var report = new CorpusReport();
        var reader = host.Services.GetRequiredService<CorpusReader>();
        var papers = new List<Paper>();
        await foreach (var paper in reader.ReadAsync(CorpusInput.Expand([Repository("data")], report), CorpusFormat.Auto, report, TestContext.Current.CancellationToken))
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

    public static Task<BuildSummary> BuildAsync(Neo4jTestServer server, Extractor extractor, IEnumerable<Paper> papers, BuildOptions? options = null) =>
        BuildUntilAsync(server, extractor, papers, options ?? new BuildOptions(), null, TestContext.Current.CancellationToken);

    public static Task<BuildSummary> BuildUntilAsync(Neo4jTestServer server, Extractor extractor, IEnumerable<Paper> papers, BuildOptions options, IProgress<BuildProgress>? progress, CancellationToken cancellationToken) =>
        new GraphBuilder(server.Client, extractor).BuildAsync(papers.ToAsyncEnumerable(), options, progress, cancellationToken);
}
