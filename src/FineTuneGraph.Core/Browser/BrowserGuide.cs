using System.Net;
using System.Text.RegularExpressions;

namespace FineTuneGraph.Browser;

/// <summary>
/// The runnable snippets of a Neo4j Browser guide: each <c>&lt;pre class="… runnable"&gt;</c> block, whose text the
/// Browser copies into its editor when clicked. Named by the block's <c>data-snippet</c> attribute.
/// </summary>
public static partial class BrowserGuide
{
    /// <summary>One runnable block: its name and the Cypher it puts into the editor (HTML entities decoded).</summary>
    public sealed record Snippet(string Name, string Cypher);

    /// <summary>The runnable snippets of <paramref name="html"/>, in document order.</summary>
    public static IReadOnlyList<Snippet> Snippets(string html) =>
        RunnableBlock().Matches(html)
            .Select(m => new Snippet(
                SnippetName().Match(m.Groups["attributes"].Value) is { Success: true } name ? name.Groups[1].Value : string.Empty,
                WebUtility.HtmlDecode(m.Groups["body"].Value).Trim()))
            .ToArray();

    [GeneratedRegex("""<pre(?<attributes>[^>]*\bclass="[^"]*\brunnable\b[^"]*"[^>]*)>(?<body>.*?)</pre>""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex RunnableBlock();

    [GeneratedRegex(@"\bdata-snippet=""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex SnippetName();
}
