namespace FineTuneGraph.Browser;

/// <summary>
/// A Graph Style Sheet read the way Neo4j Browser 3.1 reads it (<c>GraphStyle.parse</c>): selectors and their
/// properties in order, quotes dropped, no comments (the Browser has none: a comment becomes part of a selector).
/// </summary>
public sealed class GraphStyleSheet
{
    private GraphStyleSheet(IReadOnlyList<(string Selector, IReadOnlyDictionary<string, string> Properties)> rules) => Rules = rules;

    /// <summary>The rules in the order they appear (later rules win in the Browser).</summary>
    public IReadOnlyList<(string Selector, IReadOnlyDictionary<string, string> Properties)> Rules { get; }

    /// <summary>The properties of one selector (<c>node</c>, <c>node.Method</c>, <c>relationship.USES</c>), or null.</summary>
    public IReadOnlyDictionary<string, string>? this[string selector] =>
        Rules.FirstOrDefault(r => r.Selector == selector).Properties;

    /// <summary>Parses <paramref name="text"/> with the Browser's algorithm.</summary>
    public static GraphStyleSheet Parse(string text)
    {
        var rules = new List<(string, IReadOnlyDictionary<string, string>)>();
        var selector = new System.Text.StringBuilder();
        var body = new System.Text.StringBuilder();
        bool insideString = false, insideProperties = false;
        foreach (var c in text)
        {
            switch (c)
            {
                case '{' when !insideString:
                    insideProperties = true;
                    continue;
                case '}' when !insideString:
                    insideProperties = false;
                    rules.Add((selector.ToString(), Properties(body.ToString())));
                    selector.Clear();
                    body.Clear();
                    continue;
                case '\'' or '"':
                    insideString = !insideString;
                    continue;
            }

            if (insideProperties)
            {
                body.Append(c);
            }
            else if (!char.IsWhiteSpace(c))
            {
                selector.Append(c);
            }
        }

        return new GraphStyleSheet(rules);
    }

    private static Dictionary<string, string> Properties(string body)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var declaration in body.Split(';'))
        {
            var parts = declaration.Split(':');
            if (parts.Length >= 2 && parts[0].Trim() is { Length: > 0 } key && parts[1].Trim() is { Length: > 0 } value)
            {
                properties[key] = value;
            }
        }

        return properties;
    }
}
