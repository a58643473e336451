namespace FineTuneGraph.Extraction;

/// <summary>Where a text holds web addresses ("https://github.com/x/ViT-Slim", "huggingface.co/datasets/y"): names in them are not mentions.</summary>
internal static class WebAddresses
{
    private static readonly string[] Markers = ["://", "www.", "github.com/", "huggingface.co/", "gitlab.com/"];

    public static List<(int Start, int End)> Find(string text)
    {
        var spans = new List<(int Start, int End)>();
        foreach (var marker in Markers)
        {
            for (var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(marker, at + marker.Length, StringComparison.OrdinalIgnoreCase))
            {
                var start = at;
                while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '[' or '<' or '"'))
                {
                    start--;
                }

                var end = at + marker.Length;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (')' or ']' or '>' or '"'))
                {
                    end++;
                }

                while (end > start && text[end - 1] is '.' or ',' or ';' or ':')
                {
                    end--;
                }

                spans.Add((start, end));
            }
        }

        return spans;
    }
}
