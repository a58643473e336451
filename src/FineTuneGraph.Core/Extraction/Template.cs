using System.Text;
using System.Text.RegularExpressions;

namespace FineTuneGraph.Extraction;

/// <summary>Fills <c>{group}</c>, <c>{match}</c> and <c>{base}</c> in a pattern rule's name and attribute templates.</summary>
internal static class Template
{
    /// <summary>The filled template, or null when it names a group that did not take part in the match.</summary>
    public static string? Render(string template, Match match, string? baseName)
    {
        var result = new StringBuilder(template.Length + 16);
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }

            var close = template.IndexOf('}', open + 1);
            if (close < 0)
            {
                result.Append(template, i, template.Length - i);
                break;
            }

            result.Append(template, i, open - i);
            var name = template[(open + 1)..close];
            var value = name switch
            {
                "match" => match.Value,
                "base" => baseName,
                _ => match.Groups[name] is { Success: true } group ? group.Value : null,
            };
            if (value is null)
            {
                return null;
            }

            result.Append(value.Trim());
            i = close + 1;
        }

        return CollapseWhiteSpace(result).Trim();
    }

    /// <summary>Each run of two or more white-space characters becomes one space (as <c>\s{2,}</c> → " " did, without a regex per name).</summary>
    private static string CollapseWhiteSpace(StringBuilder text)
    {
        var collapsed = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var run = i;
            while (run < text.Length && char.IsWhiteSpace(text[run]))
            {
                run++;
            }

            if (run - i >= 2)
            {
                collapsed.Append(' ');
                i = run - 1;
            }
            else
            {
                collapsed.Append(text[i]);
            }
        }

        return collapsed.ToString();
    }

    /// <summary>Renders attribute templates, leaving out those whose groups did not match.</summary>
    public static Dictionary<string, string> RenderAll(IReadOnlyDictionary<string, string> templates, Match match, string? baseName)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, template) in templates)
        {
            if (Render(template, match, baseName) is { Length: > 0 } value)
            {
                values[key] = value;
            }
        }

        return values;
    }
}
