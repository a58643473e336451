using YamlDotNet.Core;

namespace FineTuneGraph.Rules;

/// <summary>
/// A YAML syntax error as a rule file diagnostic: YamlDotNet's message at its place, except where those mislead. A tab
/// in the indentation is placed at the mapping or scalar being read, often far above the tab; a key written without
/// '?' over the 1,024 characters YAML allows is "did not find expected key".
/// </summary>
internal static class YamlSyntaxErrors
{
    public static (Mark At, RuleMessage Message) Describe(string text, YamlException error)
    {
        if (error.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndentation(text, error.Start.Line) is { } tab)
        {
            return (tab, RuleMessages.TabIndentation());
        }

        return LongImplicitKey(text, error.Start.Line) is { } length
            ? (error.Start, RuleMessages.LongImplicitKey(length))
            : (error.Start, RuleMessages.SyntaxError(error.Message));
    }

    /// <summary>The first tab in the indentation of a line, from 1-based line <paramref name="fromLine"/> on; null when there is none.</summary>
    private static Mark? FirstTabIndentation(string text, long fromLine)
    {
        var line = 1L;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (line >= fromLine)
            {
                var indentation = text.AsSpan(start, end - start);
                indentation = indentation[..(indentation.IndexOfAnyExcept(' ', '\t') is var first and >= 0 ? first : indentation.Length)];
                if (indentation.IndexOf('\t') is var tab and >= 0)
                {
                    return new Mark(start + tab, line, tab + 1);
                }
            }

            start = end + 1;
            line++;
        }

        return null;
    }

    /// <summary>
    /// The length of the key on 1-based line <paramref name="line"/> when it is written without '?' and is longer than
    /// the 1,024 characters YAML allows such a key; null otherwise.
    /// </summary>
    private static int? LongImplicitKey(string text, long line)
    {
        var start = 0;
        for (var i = 1L; i < line && start >= 0; i++)
        {
            start = text.IndexOf('\n', start) is var end and >= 0 ? end + 1 : -1;
        }

        if (start < 0)
        {
            return null;
        }

        var content = text.AsSpan(start);
        content = content[..(content.IndexOf('\n') is var stop and >= 0 ? stop : content.Length)].TrimStart(' ');
        var colon = content.IndexOf(": ") is var spaced and >= 0 ? spaced : content.EndsWith(":") ? content.Length - 1 : -1;
        return colon > 1024 && !content.StartsWith("?") ? colon : null;
    }
}
