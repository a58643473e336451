using System.Reflection;

namespace FineTuneGraph.Browser;

/// <summary>
/// The files of <c>cypher/browser/</c> that Neo4j Browser fetches from <c>ftg browser</c>: the Graph Style Sheet
/// (<c>:style URL</c>) and the guide (<c>:play URL</c>). Embedded into the program, so it serves them from anywhere.
/// </summary>
public static class BrowserAssets
{
    /// <summary>The style sheet's file name, as served.</summary>
    public const string StyleSheetName = "style.grass";

    /// <summary>The guide's file name, as served.</summary>
    public const string GuideName = "guide.html";

    /// <summary>The Graph Style Sheet (GraSS): one colour and caption per label.</summary>
    public static string StyleSheet { get; } = Read(StyleSheetName);

    /// <summary>The Browser guide: HTML slides with runnable Cypher.</summary>
    public static string Guide { get; } = Read(GuideName);

    /// <summary>The content and media type of a served file, or null for any other name.</summary>
    public static (string Content, string ContentType)? Find(string name) => name switch
    {
        StyleSheetName => (StyleSheet, "text/plain; charset=utf-8"),
        GuideName => (Guide, "text/html; charset=utf-8"),
        _ => null,
    };

    private static string Read(string name)
    {
        using var stream = typeof(BrowserAssets).Assembly.GetManifestResourceStream("browser/" + name)
            ?? throw new InvalidOperationException($"cypher/browser/{name} is not embedded in {typeof(BrowserAssets).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
