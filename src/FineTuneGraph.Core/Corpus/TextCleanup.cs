using System.Text;

namespace FineTuneGraph.Corpus;

/// <summary>Tidies text from sources that wrap lines (the arXiv snapshot breaks titles and abstracts with newlines).</summary>
internal static class TextCleanup
{
    /// <summary>Every run of white space becomes one space; the ends are trimmed.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
