using System.Text.Json;
using System.Text.RegularExpressions;
using FineTuneGraph.Export;

namespace FineTuneGraph.Core.Tests.Export;

public sealed partial class GraphHtmlExporterTests : IDisposable
{
    private const string Hostile = "Tricks </script><script>alert(1)</script> <!-- & --> \u2028 end";
    private readonly string _folder = Directory.CreateTempSubdirectory("ftg-graph-html-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task WriteAsync_SmallGraph_DataBlockHoldsTheMatrix()
    {
        var path = await GraphHtmlExporter.WriteAsync(GraphPictureTests.SmallGraph(), _folder, TestContext.Current.CancellationToken);

        var html = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        using var data = JsonDocument.Parse(DataBlock(html));
        var root = data.RootElement;
        Assert.Equal(["LoRA", "DPO"], root.GetProperty("methods").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        Assert.Equal(["GSM8K", "Alpaca", "MMLU"], root.GetProperty("datasets").EnumerateArray().Select(m => m.GetProperty("name").GetString()));
        var cells = root.GetProperty("cells").EnumerateArray()
            .Select(c => $"{c.GetProperty("method").GetInt32()},{c.GetProperty("dataset").GetInt32()}:{string.Join(" ", c.GetProperty("papers").EnumerateArray().Select(p => p.GetString()))}");
        Assert.Equal(["0,0:p1 p2", "0,1:p1", "1,0:p2", "1,2:p3"], cells);
        Assert.Equal(6, root.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public void Render_TitleWithScriptEndAndCommentOpen_StaysInsideTheDataBlock()
    {
        var html = GraphHtmlExporter.Render(GraphPicture.From(GraphPictureTests.SmallGraph(title: Hostile)));

        // One data block and one program: the title closed no script element and opened no comment.
        Assert.Equal(2, ScriptOpen().Count(html));
        Assert.Equal(2, Regex.Count(html, "</script>", RegexOptions.IgnoreCase));
        var block = DataBlock(html);
        Assert.DoesNotContain("<", block, StringComparison.Ordinal);
        Assert.DoesNotContain(">", block, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2028", block, StringComparison.Ordinal);
        using var data = JsonDocument.Parse(block);
        Assert.Equal(Hostile, data.RootElement.GetProperty("titles").GetProperty("p1").GetString());
    }

    [Fact]
    public void Render_Page_HasNoUrlOutsideTheDataAndNoExternalResource()
    {
        var html = GraphHtmlExporter.Render(GraphPicture.From(GraphPictureTests.SmallGraph(title: "See https://example.org/paper and http://x.test")));

        var block = DataBlock(html);
        var page = html.Replace(block, string.Empty, StringComparison.Ordinal);
        Assert.Contains("https://example.org/paper", block, StringComparison.Ordinal);
        Assert.DoesNotMatch("(?i)https?:|//[a-z0-9.-]+\\.[a-z]{2,}/", page);
        Assert.DoesNotMatch("(?i)<(script|link|img|iframe)[^>]*\\s(src|href)\\s*=", page);
        Assert.Contains("default-src 'none'", page, StringComparison.Ordinal);
    }

    private static string DataBlock(string html)
    {
        var match = DataBlockPattern().Match(html);
        Assert.True(match.Success, "no <script type=\"application/json\" id=\"ftg-data\"> block");
        return match.Groups[1].Value;
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"ftg-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex DataBlockPattern();

    [GeneratedRegex("<script[\\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOpen();
}
