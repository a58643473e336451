using System.Globalization;
using System.Text.RegularExpressions;
using FineTuneGraph.Browser;
using FineTuneGraph.Graph;
using FineTuneGraph.LocalServer;

namespace FineTuneGraph.Core.Tests.Browser;

public sealed partial class BrowserAssetsTests
{
    private static readonly GraphStyleSheet Sheet = GraphStyleSheet.Parse(BrowserAssets.StyleSheet);

    /// <summary>Every label of the graph model, from the loader's own allow-list.</summary>
    public static TheoryData<string> Labels => new(GraphVocabulary.Keys.Select(k => k.Label));

    /// <summary>The labels people look for by name; the others (findings, bookkeeping) show their main text.</summary>
    private static readonly Dictionary<string, string> NameCaptions = new(StringComparer.Ordinal)
    {
        [GraphVocabulary.Paper] = "{title}",
        [GraphVocabulary.Author] = "{name}",
        ["Method"] = "{name}",
        ["Model"] = "{name}",
        ["Dataset"] = "{name}",
        ["Task"] = "{name}",
        ["Metric"] = "{name}",
    };

    [Fact]
    public void StyleSheet_EmbeddedCopy_IsTheFileOfTheRepository()
    {
        var onDisk = File.ReadAllText(Path.Combine(RepositoryLayout.FindRoot()!, "cypher", "browser", "style.grass"));

        Assert.Equal(onDisk, BrowserAssets.StyleSheet);
    }

    [Fact]
    public void StyleSheet_BaseRulesComeFirstWithAFontSize()
    {
        // `:style` replaces the whole sheet; without base rules the Browser appends its defaults after ours, and a base
        // rule without a font-size makes every caption disappear.
        Assert.Equal(["node", "relationship"], Sheet.Rules.Take(2).Select(r => r.Selector));
        Assert.All(Sheet.Rules.Take(2), r => Assert.Matches(@"^\d+px$", r.Properties["font-size"]));
        Assert.Equal("<type>", Sheet["relationship"]!["caption"]);
    }

    [Fact]
    public void StyleSheet_EverySelectorIsANodeOrRelationshipOfTheModel_Once()
    {
        var known = GraphVocabulary.Keys.Select(k => "node." + k.Label).Concat(GraphVocabulary.RelationshipTypes.Select(t => "relationship." + t)).Append("node").Append("relationship").ToHashSet(StringComparer.Ordinal);

        Assert.All(Sheet.Rules, r => Assert.True(known.Contains(r.Selector), $"'{r.Selector}' is not a label or type of the graph model (a comment or a typo?)"));
        Assert.Equal(Sheet.Rules.Count, Sheet.Rules.Select(r => r.Selector).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Labels))]
    public void StyleSheet_EveryLabel_HasAColourOfItsOwnAndACaptionFromAProperty(string label)
    {
        var rule = Sheet["node." + label];

        Assert.NotNull(rule);
        var colour = rule["color"];
        Assert.Matches(HexColour(), colour);
        var sameColour = GraphVocabulary.Keys.Select(k => k.Label).Where(l => l != label && Sheet["node." + l]?.GetValueOrDefault("color") is { } c && string.Equals(c, colour, StringComparison.OrdinalIgnoreCase));
        Assert.Empty(sameColour);
        Assert.NotEqual(Sheet["node"]!["color"], colour, StringComparer.OrdinalIgnoreCase);
        Assert.Matches(@"^\{[A-Za-z]+\}$", rule["caption"]);
        if (NameCaptions.TryGetValue(label, out var caption))
        {
            Assert.Equal(caption, rule["caption"]);
        }
    }

    [Fact]
    public void StyleSheet_Hubs_AreDrawnLargerThanPapersAndAuthors()
    {
        double Diameter(string selector) => double.Parse(Sheet[selector]!["diameter"].TrimEnd('p', 'x'), CultureInfo.InvariantCulture);

        foreach (var hub in new[] { "Method", "Dataset", "Model" })
        {
            Assert.True(Diameter("node." + hub) > Diameter("node.Paper"), hub);
            Assert.True(Diameter("node." + hub) > Diameter("node.Author"), hub);
        }
    }

    [Fact]
    public void Guide_HasSlidesAndNamedRunnableSnippets()
    {
        var snippets = BrowserGuide.Snippets(BrowserAssets.Guide);

        Assert.Contains("<carousel class=\"deck container-fluid\">", BrowserAssets.Guide, StringComparison.Ordinal);
        Assert.True(Regex.Count(BrowserAssets.Guide, "<slide class=\"row-fluid\">") >= 4);
        Assert.True(snippets.Count >= 8, $"{snippets.Count} snippets");
        Assert.All(snippets, s => Assert.Matches("^[a-z-]+$", s.Name));
        Assert.Equal(snippets.Count, snippets.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(snippets, s => s.Name == "neighbourhood" && s.Cypher.Contains("RETURN path", StringComparison.Ordinal));
        // Angular compiles the guide: double braces would be evaluated, not shown.
        Assert.DoesNotContain("{{", BrowserAssets.Guide, StringComparison.Ordinal);
    }

    [Fact]
    public void Guide_EverySnippetThatDrawsPaths_HasALimitUnderTheBrowsersDisplayLimit()
    {
        foreach (var snippet in BrowserGuide.Snippets(BrowserAssets.Guide).Where(s => s.Cypher.Contains("RETURN path", StringComparison.Ordinal)))
        {
            var limit = Regex.Match(snippet.Cypher, @"LIMIT (\d+)\s*$");
            Assert.True(limit.Success, $"{snippet.Name} draws paths without a LIMIT");
            // A path of one relationship adds at most one node besides the start; longer paths would need a smaller limit.
            Assert.DoesNotContain("*", snippet.Cypher, StringComparison.Ordinal);
            Assert.True(int.Parse(limit.Groups[1].Value, CultureInfo.InvariantCulture) * 2 < 300, snippet.Name);
        }
    }

    [Theory]
    [InlineData("""<pre mode="cypher" class="pre-scrollable code runnable" data-snippet="a">MATCH (n)-[r]-&gt;(m) RETURN n</pre>""", "a", "MATCH (n)-[r]->(m) RETURN n")]
    [InlineData("<pre class=\"runnable\">\nRETURN 1\n</pre>", "", "RETURN 1")]
    public void Snippets_DecodesTheTextTheBrowserCopiesIntoTheEditor(string html, string name, string cypher)
    {
        var snippet = Assert.Single(BrowserGuide.Snippets("<p>x</p>" + html + "<pre class=\"code\">NOT RUNNABLE</pre>"));

        Assert.Equal(new BrowserGuide.Snippet(name, cypher), snippet);
    }

    [Fact]
    public void Parse_FollowsTheBrowser_QuotesDroppedLaterSelectorsKeptInOrder()
    {
        var sheet = GraphStyleSheet.Parse("node { color: #111111; caption: '{name}'; }\nnode.Method{color:#FF0000;diameter:80px}");

        Assert.Equal(["node", "node.Method"], sheet.Rules.Select(r => r.Selector));
        Assert.Equal("{name}", sheet["node"]!["caption"]);
        Assert.Equal("80px", sheet["node.Method"]!["diameter"]);
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColour();
}
