using System.IO.Compression;
using System.Text;
using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Core.Tests.Corpus;

/// <summary>Every row of the bad-input table: a clear message with file, line or record and reason; the rest goes on.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string Abstract = "We propose a method for fine-tuning. It improves accuracy on GSM8K by 3.1% over supervised fine-tuning, and we explain why in detail across several sentences. The code is public.";
    private readonly string _folder = Directory.CreateTempSubdirectory("ftg-corpus-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task EmptyFile_IsAWarningAndNothingIsRead()
    {
        var file = Write("empty.jsonl", "");

        var (papers, report) = await CorpusTestKit.ReadAsync([file]);

        Assert.Empty(papers);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(CorpusProblemKind.EmptyFile, problem.Kind);
        Assert.Equal($"{file}: empty file, nothing to read", problem.ToString());
    }

    [Fact]
    public async Task FolderWithoutSupportedFiles_IsAWarning_AndEachFileLeftAloneIsNoted()
    {
        var notes = Write("notes.md", "# not an input");
        var pdf = Write("paper.pdf", "%PDF-1.7");

        var (papers, report) = await CorpusTestKit.ReadAsync([_folder]);

        Assert.Empty(papers);
        Assert.Equal(
            [(CorpusProblemKind.UnsupportedFile, notes), (CorpusProblemKind.UnsupportedFile, pdf), (CorpusProblemKind.NoSupportedFiles, _folder)],
            report.Problems.Select(p => (p.Kind, p.Location.File)));
        Assert.Equal(1, report.Failures);
    }

    [Fact]
    public async Task MissingPath_IsReportedAndTheOtherInputsAreRead()
    {
        var good = Write("good.jsonl", Line("Good Paper"));

        var (papers, report) = await CorpusTestKit.ReadAsync([Path.Combine(_folder, "nope.jsonl"), good]);

        Assert.Single(papers);
        Assert.Equal(CorpusProblemKind.NotFound, Assert.Single(report.Problems).Kind);
    }

    [Fact]
    public async Task BinaryFile_IsSkippedWithReason()
    {
        var file = WriteBytes("weights.json", [0x7B, 0x00, 0x01, 0x02, 0xFF, 0x00]);

        var (papers, report) = await CorpusTestKit.ReadAsync([file]);

        Assert.Empty(papers);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(CorpusProblemKind.NotText, problem.Kind);
        Assert.Contains("binary file", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidUtf8_IsSkippedWithReason()
    {
        var latin1 = Encoding.Latin1.GetBytes("Caf\u00e9 Paper\n\n" + Abstract + "\n");
        var file = WriteBytes("latin1.txt", latin1);

        var (papers, report) = await CorpusTestKit.ReadAsync([file]);

        Assert.Empty(papers);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(CorpusProblemKind.NotText, problem.Kind);
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TruncatedJsonLine_SkipsThatLineAndReadsTheRest()
    {
        var file = Write("papers.jsonl", Line("First") + "\n" + "{\"title\": \"Broken\", \"abstract\": \"cut here" + "\n" + Line("Third") + "\n");

        var (papers, report) = await CorpusTestKit.ReadAsync([file]);

        Assert.Equal(["First", "Third"], papers.Select(p => p.Title));
        var problem = Assert.Single(report.Problems);
        Assert.Equal(CorpusProblemKind.InvalidJson, problem.Kind);
        Assert.Equal(new SourceLocation(file, 2), problem.Location);
        Assert.StartsWith("invalid JSON, line skipped:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordsWithoutTitleOrAbstract_AreSkippedAndCounted()
    {
        var file = Write("papers.jsonl", "{\"abstract\": \"text\"}\n{\"title\": \"No Abstract Here\"}\n" + Line("Fine") + "\n");

        var (papers, report) = await CorpusTestKit.ReadAsync([file]);

        Assert.Equal("Fine", Assert.Single(papers).Title);
        Assert.Equal(1, report.CountsByKind[CorpusProblemKind.MissingTitle]);
        Assert.Equal(1, report.CountsByKind[CorpusProblemKind.MissingAbstract]);
        Assert.Contains(report.Problems, p => p.ToString() == $"{file}:2: record without an abstract (looked for abstract, summary, abstract_inverted_index), skipped: \"No Abstract Here\"");
    }

    [Fact]
    public async Task FiftyMegabyteLine_IsRefusedWithTheLimitAndTheRestIsRead()
    {
        var file = Path.Combine(_folder, "huge.jsonl");
        await using (var writer = new StreamWriter(file))
        {
            await writer.WriteLineAsync(Line("Before"));
            await writer.WriteAsync("{\"title\": \"Huge\", \"abstract\": \"");
            var block = new string('x', 1 << 20);
            for (var i = 0; i < 50; i++)
            {
                await writer.WriteAsync(block);
            }

            await writer.WriteLineAsync("\"}");
            await writer.WriteLineAsync(Line("After"));
        }

        var (papers, report) = await CorpusTestKit.ReadAsync([file], options: new CorpusOptions { MaxRecordBytes = 8L << 20 });

        Assert.Equal(["Before", "After"], papers.Select(p => p.Title));
        var problem = Assert.Single(report.Problems);
        Assert.Equal(CorpusProblemKind.TooLarge, problem.Kind);
        Assert.Equal(new SourceLocation(file, 2), problem.Location);
        Assert.Equal("record of 52,428,833 bytes is larger than Corpus:MaxRecordBytes (8,388,608 bytes), skipped without loading it", problem.Message);
    }

    [Fact]
    public async Task Html_IsDetectedAndRefused()
    {
        var file = Write("page.txt", "<!DOCTYPE html>\n<html><head><title>Daily Papers</title></head><body><h3>A Title</h3><p>" + Abstract + "</p></body></html>");

        var (papers, report) = await CorpusTestKit.ReadAsync([file]);

        Assert.Empty(papers);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(CorpusProblemKind.Html, problem.Kind);
        Assert.StartsWith("HTML (or XML), file skipped", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateIdsAcrossFiles_AreMergedAndReportedOnce()
    {
        var a = Write("a.jsonl", "{\"id\": \"2403.01234v2\", \"title\": \"Same Paper\", \"abstract\": \"" + Abstract + "\"}\n");
        var b = Write("b.jsonl", "{\"id\": \"2403.01234\", \"title\": \"Same Paper\", \"abstract\": \"" + Abstract + "\"}\n");

        var (papers, report) = await CorpusTestKit.ReadAsync([a, b]);

        Assert.Equal("2403.01234", Assert.Single(papers).Id);
        var duplicate = Assert.Single(report.Problems);
        Assert.Equal(CorpusProblemKind.Duplicate, duplicate.Kind);
        Assert.Equal($"{b}:1: same paper as {a}:1 (2403.01234); merged, keeping the record from {a}:1", duplicate.ToString());
    }

    [Fact]
    public async Task CorruptGzip_IsSkippedWithReason_AndOtherFilesAreRead()
    {
        var good = Write("good.jsonl", Line("Good"));
        var zipped = new MemoryStream();
        await using (var gzip = new GZipStream(zipped, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(string.Join("\n", Enumerable.Range(0, 200).Select(i => Line($"Paper {i}")))), TestContext.Current.CancellationToken);
        }

        var bytes = zipped.ToArray();
        for (var i = 12; i < bytes.Length - 8; i++)
        {
            bytes[i] = 0xFF; // the deflate blocks become garbage; the gzip header stays valid
        }

        var corrupt = WriteBytes("bad.jsonl.gz", bytes);

        var (papers, report) = await CorpusTestKit.ReadAsync([corrupt, good]);

        Assert.Equal("Good", Assert.Single(papers).Title);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(CorpusProblemKind.CorruptGzip, problem.Kind);
        Assert.Equal(corrupt, problem.Location.File);
    }

    [Fact]
    public async Task Gzip_IsReadTransparently()
    {
        var file = Path.Combine(_folder, "papers.jsonl.gz");
        await using (var gzip = new GZipStream(File.Create(file), CompressionLevel.Fastest))
        {
            await gzip.WriteAsync(Encoding.UTF8.GetBytes(Line("Zipped") + "\n"), TestContext.Current.CancellationToken);
        }

        var (papers, report) = await CorpusTestKit.ReadAsync([_folder]);

        Assert.Equal("Zipped", Assert.Single(papers).Title);
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task TruncatedGzip_KeepsWhatWasReadAndReportsTheRest()
    {
        var full = new MemoryStream();
        await using (var gzip = new GZipStream(full, CompressionLevel.Fastest, leaveOpen: true))
        {
            for (var i = 0; i < 2000; i++)
            {
                await gzip.WriteAsync(Encoding.UTF8.GetBytes(Line($"Paper {i}") + "\n"), TestContext.Current.CancellationToken);
            }
        }

        var bytes = full.ToArray();
        var file = WriteBytes("cut.jsonl.gz", bytes[..(bytes.Length * 2 / 3)]);

        var (papers, report) = await CorpusTestKit.ReadAsync([file]);

        Assert.InRange(papers.Count, 1, 1999);
        var problem = Assert.Single(report.Problems);
        Assert.True(problem.Kind is CorpusProblemKind.CorruptGzip or CorpusProblemKind.InvalidJson, problem.ToString());
    }

    [Fact]
    public async Task FormatOverride_ReadsJsonLinesNamedTxt()
    {
        var file = Write("exported.txt", Line("Forced"));

        var (papers, _) = await CorpusTestKit.ReadAsync([file], CorpusFormat.JsonLines);

        Assert.Equal("Forced", Assert.Single(papers).Title);
    }

    [Fact]
    public async Task StandardInput_IsReadWhenThePathIsADash()
    {
        var report = new CorpusReport();
        var inputs = CorpusInput.Expand(["-"], report, () => new MemoryStream(Encoding.UTF8.GetBytes(Line("From Stdin") + "\n")), TestContext.Current.CancellationToken);
        var reader = new CorpusReader(Microsoft.Extensions.Options.Options.Create(new CorpusOptions()));

        var papers = new List<Paper>();
        await foreach (var paper in reader.ReadAsync(inputs, CorpusFormat.Auto, report, TestContext.Current.CancellationToken))
        {
            papers.Add(paper);
        }

        Assert.Equal("From Stdin", Assert.Single(papers).Title);
        Assert.Equal("stdin:1", papers[0].Source.ToString());
    }

    private static string Line(string title) => $"{{\"title\": \"{title}\", \"abstract\": \"{Abstract}\"}}";

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string WriteBytes(string name, byte[] content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}
