using System.IO.Compression;
using System.Text;
using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Core.Tests.Corpus;

/// <summary>How an input's format is told from its first lines, and what one bad line or record costs: only itself.</summary>
public sealed class InputSnifferTests
{
    private const string First = "{\"title\":\"First\",\"abstract\":\"A.\"}";
    private const string Second = "{\"title\":\"Second\",\"abstract\":\"B.\"}";

    public static TheoryData<string, byte[], string[], string[]> Inputs => new()
    {
        // name, content, titles read, problems as "line:Kind"
        { "first record over 64 KiB", Utf8(Record("Long", new string('x', 100_000)) + "\n" + Second + "\n"), ["Long", "Second"], [] },
        { "scalar lines before the records", Utf8("1\n\"x\"\ntrue\n" + First + "\n"), ["First"], ["1:InvalidJson", "2:InvalidJson", "3:InvalidJson"] },
        { "UTF-8 byte order mark", [0xEF, 0xBB, 0xBF, .. Utf8(First + "\n" + Second + "\n")], ["First", "Second"], [] },
        { "one invalid byte", [.. Utf8(First + "\n{\"title\":\"Bad"), 0xFF, .. Utf8("\",\"abstract\":\"C.\"}\n" + Second + "\n")], ["First", "Second"], ["2:InvalidText"] },
        { "one NUL byte in a long file", Utf8(First + "\n" + Record("Nul\0", "C.") + "\n" + Second + "\n" + new string(' ', 1000) + "\n"), ["First", "Second"], ["2:InvalidText"] },
        { "blank lines first", Utf8(new string('\n', 70_000) + First + "\n"), ["First"], [] },
        { "a megabyte of spaces first", Utf8(new string(' ', 1 << 20) + "\n" + First + "\n"), ["First"], [] },
        { "broken first line", Utf8("{\"title\":\"x\",\"abstract\":\"cut\n" + Second + "\n"), ["Second"], ["1:InvalidJson"] },
        { "pretty-printed document", Utf8("{\n  \"title\": \"First\",\n  \"abstract\": \"A.\"\n}\n"), ["First"], [] },
        { "lone CR line ends", Utf8(First + "\r" + Second + "\r"), ["First", "Second"], [] },
        { "CRLF line ends", Utf8(First + "\r\n" + Second + "\r\n"), ["First", "Second"], [] },
        { "lone surrogate escape", Utf8("{\"title\":\"Bad \\ud800 title\",\"abstract\":\"x\"}\n" + Second + "\n"), ["Bad \uFFFD title", "Second"], ["1:TextRepaired"] },
        { "string position in an inverted index", Utf8("{\"display_name\":\"T\",\"abstract_inverted_index\":{\"word\":[\"0\"]}}\n" + Second + "\n"), ["Second"], ["1:MissingAbstract"] },
        { "wrong types everywhere", Utf8("{\"title\":\"T\",\"abstract\":\"A.\",\"authors_parsed\":[[1,2,3]],\"authors\":7,\"versions\":[5],\"doi\":[],\"categories\":{}}\n"), ["T"], [] },
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public async Task ReadAsync_UnusualInput_CostsOnlyTheBadLines(string name, byte[] content, string[] titles, string[] problems)
    {
        var (papers, report) = await CorpusTestKit.ReadBytesAsync(name, content);

        Assert.Equal(titles, papers.Select(p => p.Title));
        Assert.Equal(problems, report.Problems.Select(p => $"{p.Location.Line}:{p.Kind}"));
    }

    [Fact]
    public async Task ReadAsync_LeadingBlankLines_KeepTheLineNumbers()
    {
        var (_, report) = await CorpusTestKit.ReadTextAsync("blank.jsonl", "\n\n\n" + First + "\n{broken\n");

        Assert.Equal("blank.jsonl:5", Assert.Single(report.Problems).Location.ToString());
    }

    [Fact]
    public async Task ReadAsync_OneLineDocumentOverTheRecordLimit_IsReadAsTheDocument()
    {
        var results = string.Join(",", Enumerable.Range(0, 40).Select(i => Record($"Paper {i}", new string('x', 1000))));
        var content = Utf8("{\"results\":[" + results + "]}");

        var (papers, report) = await CorpusTestKit.ReadBytesAsync("page.json", content, options: new CorpusOptions { MaxRecordBytes = 4096 });

        Assert.Equal(40, papers.Count);
        Assert.Empty(report.Problems);
    }

    [Fact]
    public async Task ReadAsync_FirstRecordOverTheRecordLimitThenMore_RefusesOnlyTheFirst()
    {
        var content = Utf8(Record("Huge", new string('x', 100_000)) + "\n" + Second + "\n");

        var (papers, report) = await CorpusTestKit.ReadBytesAsync("papers.jsonl", content, options: new CorpusOptions { MaxRecordBytes = 4096 });

        Assert.Equal("Second", Assert.Single(papers).Title);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((CorpusProblemKind.TooLarge, 1L), (problem.Kind, problem.Location.Line));
    }

    [Theory]
    [InlineData("gzip header only", new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03 })]
    [InlineData("gzip cut in its trailer", null)]
    public async Task ReadAsync_TruncatedGzip_IsReportedAsCorruptGzip(string name, byte[]? content)
    {
        content ??= Gzip(First + "\n")[..^4];

        var (papers, report) = await CorpusTestKit.ReadBytesAsync(name, content);

        Assert.Empty(papers);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(CorpusProblemKind.CorruptGzip, problem.Kind);
        Assert.StartsWith("truncated or corrupt gzip", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UTF-16 with a byte order mark", true)]
    [InlineData("UTF-16 without a byte order mark", false)]
    public async Task ReadAsync_Utf16_IsRefusedWithTheReason(string name, bool bom)
    {
        var content = (bom ? Encoding.Unicode.GetPreamble() : []).Concat(Encoding.Unicode.GetBytes(First + "\n" + Second + "\n")).ToArray();

        var (papers, report) = await CorpusTestKit.ReadBytesAsync(name, content);

        Assert.Empty(papers);
        var problem = Assert.Single(report.Problems);
        Assert.Equal(CorpusProblemKind.NotText, problem.Kind);
        Assert.Contains("UTF-16", problem.Message, StringComparison.Ordinal);
    }

    private static string Record(string title, string @abstract) => $"{{\"title\":\"{title}\",\"abstract\":\"{@abstract}\"}}";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Gzip(string text)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Utf8(text));
        }

        return output.ToArray();
    }
}
