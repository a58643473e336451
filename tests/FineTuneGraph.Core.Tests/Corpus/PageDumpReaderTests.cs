using System.Text.Json;
using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Core.Tests.Corpus;

public sealed class PageDumpReaderTests
{
    private static readonly string Sample = CorpusTestKit.Repository("data", "hf-papers-fine-tuning.txt");

    [Fact]
    public async Task BundledSample_YieldsExactlyIts86PapersWithExactTitles()
    {
        var (papers, report) = await CorpusTestKit.ReadAsync([Sample]);

        // The gold file names every paper of the sample by title; it is used here only to check the reader.
        var goldTitles = File.ReadLines(CorpusTestKit.Repository("tests", "FineTuneGraph.Core.Tests", "TestData", "seed-gold.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("title").GetString())
            .ToArray();
        Assert.Equal(86, papers.Count);
        Assert.Equal(goldTitles, papers.Select(p => p.Title));
        Assert.Empty(report.Problems);
        Assert.Equal(86, report.PapersEmitted);
    }

    [Fact]
    public async Task BundledSample_AbstractIsTheParagraphAfterTheTitle()
    {
        var lines = await File.ReadAllLinesAsync(Sample, TestContext.Current.CancellationToken);

        var (papers, _) = await CorpusTestKit.ReadAsync([Sample]);

        var first = papers[0];
        Assert.Equal("On the Impact of Fine-Tuning on Chain-of-Thought Reasoning", first.Title);
        Assert.Equal(lines[12], first.Abstract);
        Assert.Equal(new SourceLocation(Sample, 11), first.Source);
        Assert.Equal("on-the-impact-of-fine-tuning-on-chain-of-thought-reasoning", first.Id);
        var last = papers[^1];
        Assert.Equal("AutoPEFT: Automatic Configuration Search for Parameter-Efficient Fine-Tuning", last.Title);
        Assert.Equal(lines.Last(l => l.Length > 0), last.Abstract);
    }

    [Fact]
    public async Task TitleOnlyDump_SkipsAndCountsTitlesWithoutAbstract()
    {
        const string page = """
            Subscribe

            Apr 24

            A Paper Without Its Abstract

            Another Title Alone

            The Paper That Has One

            We propose a method. It works well on every benchmark we tried, and we explain why in great detail over several sentences so that this paragraph is long enough to be an abstract. A second sentence adds the detail that real abstracts always have.

            A Trailing Title
            """;

        var (papers, report) = await CorpusTestKit.ReadTextAsync("page.txt", page);

        var paper = Assert.Single(papers);
        Assert.Equal("The Paper That Has One", paper.Title);
        var skipped = report.Problems.Where(p => p.Kind == CorpusProblemKind.TitleWithoutAbstract).ToArray();
        Assert.Equal(["page.txt:5", "page.txt:7", "page.txt:13"], skipped.Select(p => p.Location.ToString()));
        Assert.Contains("\"A Paper Without Its Abstract\"", skipped[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AbstractWithoutTitle_IsReportedWithItsLine()
    {
        const string page = "We propose a method. It works well on every benchmark we tried, and we explain why in great detail over several sentences so that this paragraph is long enough to be an abstract. A second sentence adds the detail that real abstracts always have.\n";

        var (papers, report) = await CorpusTestKit.ReadTextAsync("page.txt", page);

        Assert.Empty(papers);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(CorpusProblemKind.MissingTitle, problem.Kind);
        Assert.Equal("page.txt:1", problem.Location.ToString());
    }
}
