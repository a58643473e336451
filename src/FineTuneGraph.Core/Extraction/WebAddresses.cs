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
            // The marker again inside an address found ("https://a/https://b" glued together) gives a span inside that
            // one: the search goes on after it. A look back that reaches the previous address ("a://b)c://d") would go
            // on as that one's did: it takes that one's start. So a long run of glued addresses is read once.
            var (next, previousAt, previousStart) = (0, -1, -1);
            for (var at = text.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(marker, next, StringComparison.OrdinalIgnoreCase))
            {
                var start = at;
                while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '[' or '<' or '"'))
                {
                    if (start == previousAt)
                    {
                        start = previousStart;
                        break;
                    }

                    start--;
                }

                (previousAt, previousStart) = (at, start);

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
                next = Math.Max(at + marker.Length, end);
            }
        }

        return spans;
    }
}
