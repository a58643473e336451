using System.Text;
using FineTuneGraph.Corpus;
using FineTuneGraph.LocalServer;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Core.Tests.Support;

/// <summary>Reads test inputs through the real <see cref="CorpusReader"/> and keeps the report.</summary>
internal static class CorpusTestKit
{
    public static string TestData(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "TestData", "corpus", .. parts]);

    public static string Repository(params string[] parts) => Path.Combine([RepositoryLayout.FindRoot()!, .. parts]);

    public static async Task<(List<Paper> Papers, CorpusReport Report)> ReadAsync(string[] paths, CorpusFormat format = CorpusFormat.Auto, CorpusOptions? options = null, bool merge = true)
    {
        var report = new CorpusReport();
        var inputs = CorpusInput.Expand(paths, report, cancellationToken: TestContext.Current.CancellationToken);
        return (await ReadInputsAsync(inputs, report, format, options, merge), report);
    }

    public static async Task<(List<Paper> Papers, CorpusReport Report)> ReadBytesAsync(string name, byte[] content, CorpusFormat format = CorpusFormat.Auto, CorpusOptions? options = null)
    {
        var report = new CorpusReport();
        var inputs = new[] { new CorpusInput(name, () => new MemoryStream(content)) };
        return (await ReadInputsAsync(inputs, report, format, options, merge: true), report);
    }

    public static Task<(List<Paper> Papers, CorpusReport Report)> ReadTextAsync(string name, string content, CorpusFormat format = CorpusFormat.Auto, CorpusOptions? options = null) =>
        ReadBytesAsync(name, Encoding.UTF8.GetBytes(content), format, options);

    private static async Task<List<Paper>> ReadInputsAsync(IReadOnlyList<CorpusInput> inputs, CorpusReport report, CorpusFormat format, CorpusOptions? options, bool merge)
    {
        var reader = new CorpusReader(Options.Create(options ?? new CorpusOptions()));
        var papers = new List<Paper>();
        var stream = merge
            ? reader.ReadAsync(inputs, format, report, TestContext.Current.CancellationToken)
            : reader.ReadRecordsAsync(inputs, format, report, TestContext.Current.CancellationToken);
        await foreach (var paper in stream)
        {
            papers.Add(paper);
        }

        return papers;
    }
}
