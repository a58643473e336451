using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace FineTuneGraph.Export;

/// <summary>
/// <c>graph.html</c>: one self-contained page (inline CSS and JavaScript, no network access) with the method × dataset
/// heat map and the graph view of <see cref="GraphPicture"/>. The data is embedded as JSON in a
/// <c>&lt;script type="application/json"&gt;</c> block; every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> in it is
/// written as a \u escape, so no text of a paper can close the script element or open a comment.
/// </summary>
public static class GraphHtmlExporter
{
    public const string FileName = "graph.html";
    private const string DataPlaceholder = "/*FTG_DATA*/";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Names in any script stay readable; the HTML-sensitive characters (< > & ' ") are escaped by every JavaScriptEncoder.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly string Template = ReadTemplate();

    /// <summary>Writes <c>graph.html</c> for <paramref name="graph"/> into <paramref name="directory"/>; returns its path.</summary>
    public static async Task<string> WriteAsync(ExportedGraph graph, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        await File.WriteAllTextAsync(path, Render(GraphPicture.From(graph)), new UTF8Encoding(false), cancellationToken).ConfigureAwait(false);
        return path;
    }

    /// <summary>The page for <paramref name="picture"/>.</summary>
    public static string Render(GraphPicture picture) => Template.Replace(DataPlaceholder, DataBlock(picture), StringComparison.Ordinal);

    /// <summary>The JSON put into the page's data block: safe inside a script element.</summary>
    public static string DataBlock(GraphPicture picture)
    {
        var json = JsonSerializer.Serialize(picture, Json);
        // The encoder guarantees this; checked because a page that breaks out of its script element must never be written.
        if (json.AsSpan().IndexOfAny('<', '>') >= 0)
        {
            throw new InvalidOperationException("The data of graph.html holds an unescaped '<' or '>'.");
        }

        return json;
    }

    private static string ReadTemplate()
    {
        using var stream = typeof(GraphHtmlExporter).Assembly.GetManifestResourceStream("export/graph.html")
            ?? throw new InvalidOperationException("export/graph.html is not embedded in FineTuneGraph.Core.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
