using System.Text;

namespace FineTuneGraph.Cypher.Recipes;

/// <summary>Finds and replaces the <c>$name</c> parameter references of Cypher text, outside strings, quoted names and comments.</summary>
internal static class CypherParameterReferences
{
    /// <summary>The names referenced, in order of first use.</summary>
    public static IReadOnlyList<string> Names(string text)
    {
        var names = new List<string>();
        Replace(text, name =>
        {
            if (!names.Contains(name))
            {
                names.Add(name);
            }

            return "$" + name;
        });
        return names;
    }

    /// <summary>The text with each <c>$name</c> replaced by <paramref name="replacement"/>'s answer.</summary>
    public static string Replace(string text, Func<string, string> replacement)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int end;
            if (c == '/' && i + 1 < text.Length && text[i + 1] is '/' or '*')
            {
                end = text[i + 1] == '/' ? text.IndexOf('\n', i) : text.IndexOf("*/", i + 2, StringComparison.Ordinal) + 2;
                end = end <= i ? text.Length : end;
                builder.Append(text, i, end - i);
            }
            else if (c is '\'' or '"' or '`')
            {
                end = i + 1;
                while (end < text.Length && text[end] != c)
                {
                    end += text[end] == '\\' && c != '`' ? 2 : 1;
                }

                end = Math.Min(end + 1, text.Length);
                builder.Append(text, i, end - i);
            }
            else if (c == '$' && i + 1 < text.Length && IsNameChar(text[i + 1]))
            {
                end = i + 1;
                while (end < text.Length && IsNameChar(text[end]))
                {
                    end++;
                }

                builder.Append(replacement(text[(i + 1)..end]));
            }
            else
            {
                builder.Append(c);
                end = i + 1;
            }

            i = end;
        }

        return builder.ToString();
    }

    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
