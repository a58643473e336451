using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Core.Tests.Corpus;

/// <summary>The sample files in TestData/corpus follow each source's documented schema; expected.md lists what they hold.</summary>
public sealed class JsonRecordReaderTests
{
    [Fact]
    public async Task ArxivSnapshot_ReadsIdsAuthorsDatesAndNormalisesWhitespace()
    {
        var (papers, report) = await CorpusTestKit.ReadAsync([CorpusTestKit.TestData("arxiv-snapshot.jsonl")]);

        Assert.Empty(report.Problems);
        Assert.Equal(3, papers.Count);
        var first = papers[0];
        Assert.Equal("Rank-Adaptive LoRA: Budgeting Low-Rank Updates Across Layers for Instruction Tuning of Llama 2", first.Title);
        Assert.StartsWith("Low-rank adaptation (LoRA) is the default choice for paramet", first.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', first.Abstract);
        Assert.DoesNotContain("  ", first.Abstract, StringComparison.Ordinal);
        Assert.Equal("2403.01234", first.Id);
        Assert.Equal("2403.01234", first.ArxivId);
        Assert.Equal("10.48550/arxiv.2403.01234", first.Doi);
        Assert.Equal(["Jonas Müller", "Priya Raman", "Wei Chen"], first.Authors);
        Assert.Equal(new DateOnly(2024, 3, 4), first.Published);
        Assert.Equal("https://arxiv.org/abs/2403.01234", first.Url);
        Assert.NotEmpty(first.Categories);
        Assert.Equal(new SourceLocation(CorpusTestKit.TestData("arxiv-snapshot.jsonl"), 1), first.Source);

        Assert.Null(papers[1].Doi);
        Assert.Equal(["Sofia Alvarez", "Daniel K. Osei", "Mei Lin Tan", "Robert J. Hayes"], papers[1].Authors);
        Assert.Equal(new DateOnly(2024, 2, 27), papers[2].Published);
    }

    [Fact]
    public async Task GenericJsonLines_AcceptsAbstractOrSummary_AndFallsBackToTheSlug()
    {
        var (papers, report) = await CorpusTestKit.ReadAsync([CorpusTestKit.TestData("generic.jsonl")], merge: false);

        Assert.Empty(report.Problems);
        Assert.Equal(3, papers.Count);
        Assert.StartsWith("Fine-tuning quantized models often loses accuracy because ad", papers[1].Abstract, StringComparison.Ordinal);
        Assert.Equal("quantization-aware-fine-tuning-of-llama-2-with-4-bit-adapters", papers[1].Id);
        Assert.Null(papers[1].ArxivId);
    }

    [Fact]
    public async Task HuggingFacePapersApi_ReadsSummaryAuthorsAndPublishedAt()
    {
        var (papers, report) = await CorpusTestKit.ReadAsync([CorpusTestKit.TestData("hf-papers.json")]);

        Assert.Empty(report.Problems);
        Assert.Equal(2, papers.Count);
        var first = papers[0];
        Assert.Equal("QLoRA at Scale: Memory–Accuracy Trade-offs When Fine-Tuning Llama 2 70B on a Single GPU", first.Title);
        Assert.Equal("2405.11873", first.Id);
        Assert.Equal(["Łukasz Nowak", "Aisha Bello", "Tomás Ferreira"], first.Authors);
        Assert.Equal(new DateOnly(2024, 5, 20), first.Published);
        Assert.Null(first.Doi);
        Assert.Equal(new SourceLocation(CorpusTestKit.TestData("hf-papers.json"), Record: 1), first.Source);
    }

    [Fact]
    public async Task HuggingFaceDailyPapers_UnwrapsThePaperObject()
    {
        var (papers, _) = await CorpusTestKit.ReadAsync([CorpusTestKit.TestData("hf-daily-papers.json")]);

        Assert.Equal(["2406.02291", "2406.01958"], papers.Select(p => p.Id));
        Assert.Equal(new DateOnly(2024, 6, 4), papers[0].Published);
        Assert.Equal(["Grace Liu", "Samuel Adeyemi", "Ines Duarte"], papers[1].Authors);
    }

    [Fact]
    public async Task OpenAlexWork_RebuildsTheAbstractFromItsInvertedIndex()
    {
        var (papers, report) = await CorpusTestKit.ReadAsync([CorpusTestKit.TestData("openalex-work.json")]);

        Assert.Empty(report.Problems);
        var paper = Assert.Single(papers);
        Assert.Equal("Distilling Chain-of-Thought into LoRA Adapters for Grade-School Math", paper.Title);
        Assert.StartsWith("Large teacher models solve grade-school math problems well w", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal("2404.05518", paper.ArxivId);
        Assert.Equal("10.48550/arxiv.2404.05518", paper.Doi);
        Assert.Equal(["Hannah Okafor", "Matteo Rossi", "Yuki Tanaka"], paper.Authors);
        Assert.Equal(new DateOnly(2024, 4, 8), paper.Published);
    }

    [Fact]
    public async Task OpenAlexPage_ReadsEveryResult_AndFindsArxivIdsInLandingPages()
    {
        var (papers, _) = await CorpusTestKit.ReadAsync([CorpusTestKit.TestData("openalex-page.json")]);

        Assert.Equal(["2403.01234", "2401.09932"], papers.Select(p => p.Id));
        Assert.Equal(["Marta Nilsson", "Chinedu Eze"], papers[1].Authors);
        Assert.Equal(new DateOnly(2024, 1, 18), papers[1].Published);
    }

    [Fact]
    public async Task OpenAlexJsonLines_WorkWithoutIdsFallsBackToTheSlug()
    {
        var (papers, _) = await CorpusTestKit.ReadAsync([CorpusTestKit.TestData("openalex-works.jsonl")]);

        Assert.Equal("2405.11873", papers[0].Id);
        Assert.Equal("how-much-preference-data-does-dpo-need-a-scaling-study-on-mistral-7b", papers[1].Id);
        Assert.Null(papers[1].Doi);
        Assert.StartsWith("We measure how alignment quality scales with the amount of p", papers[1].Abstract, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WholeFolder_MergesTheSamePaperAcrossFilesAndReportsEachDuplicateOnce()
    {
        var (papers, report) = await CorpusTestKit.ReadAsync([CorpusTestKit.TestData()]);

        Assert.Equal(15, report.PapersRead);
        Assert.Equal(11, papers.Count(p => p.Revision == 0));
        Assert.Equal(11, papers.Select(p => p.Id).Distinct().Count());
        Assert.Equal(11, report.PapersEmitted);
        Assert.Equal(4, report.Problems.Count(p => p.Kind == CorpusProblemKind.Duplicate));
        Assert.Equal(0, report.Failures);

        // The title-only generic record of 2405.11873 merged into the record with the arXiv id.
        var qlora = papers.Where(p => p.Title.StartsWith("QLoRA at Scale", StringComparison.Ordinal)).ToArray();
        Assert.All(qlora, p => Assert.Equal("2405.11873", p.Id));
        Assert.Equal(["Łukasz Nowak", "Aisha Bello", "Tomás Ferreira"], qlora[0].Authors);

        // The OpenAlex record of it has a DOI the first one lacked, so it follows as a richer revision.
        Assert.Equal([0, 1], qlora.Select(p => p.Revision));
        Assert.Equal("10.48550/arxiv.2405.11873", qlora[1].Doi);
    }

    [Fact]
    public async Task MergeDuplicatesOff_HandsOnEveryRecord()
    {
        var (papers, report) = await CorpusTestKit.ReadAsync([CorpusTestKit.TestData()], options: new CorpusOptions { MergeDuplicates = false });

        Assert.Equal(15, papers.Count);
        Assert.Equal(15, report.PapersEmitted);
        var note = Assert.Single(report.Problems);
        Assert.Equal((CorpusProblemKind.UnsupportedFile, "expected.md"), (note.Kind, Path.GetFileName(note.Location.File)));
    }

    [Fact]
    public async Task DoiOnlyPaper_MatchedLaterByTitle_KeepsItsDoiIdentity()
    {
        const string abstractText = "We study preference data scaling. It is studied carefully with many experiments and clear results.";
        var folder = Directory.CreateTempSubdirectory("ftg-doi-").FullName;
        try
        {
            var first = Path.Combine(folder, "a.jsonl");
            var second = Path.Combine(folder, "b.jsonl");
            await File.WriteAllTextAsync(first, $"{{\"doi\": \"https://doi.org/10.1145/ABC.123\", \"title\": \"A Study\", \"abstract\": \"{abstractText}\"}}\n", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(second, $"{{\"title\": \"A  Study\", \"abstract\": \"{abstractText}\", \"authors\": [\"Ann Lee\"], \"published\": \"2024-01-02\", \"categories\": \"cs.CL\"}}\n", TestContext.Current.CancellationToken);

            var (papers, report) = await CorpusTestKit.ReadAsync([first, second]);

            Assert.All(papers, p => Assert.Equal("10.1145/abc.123", p.Id));
            Assert.Equal(1, report.PapersEmitted);
            Assert.Equal(CorpusProblemKind.Duplicate, Assert.Single(report.Problems).Kind);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("0704.0001")]
    [InlineData("2403.01234")]
    [InlineData("hep-th/9901001")]
    public async Task SamePaperFoundByDoi_TakesTheArxivIdOfTheFirstRecord(string arxivId)
    {
        var line1 = $"{{\"id\": \"{arxivId}\", \"doi\": \"10.1234/x\", \"title\": \"First Title\", \"abstract\": \"Short. Text.\"}}";
        var line2 = "{\"doi\": \"10.1234/X\", \"title\": \"Other Title\", \"abstract\": \"A much longer abstract. It has more text than the first.\", \"authors\": [\"Ann Lee\"]}";

        var (papers, _) = await CorpusTestKit.ReadTextAsync("two.jsonl", line1 + "\n" + line2 + "\n");

        Assert.Equal([arxivId, arxivId], papers.Select(p => p.Id));
        Assert.Equal([0, 1], papers.Select(p => p.Revision));
    }
}
