using System.Text.RegularExpressions;

namespace FineTuneGraph.Corpus;

/// <summary>
/// Reads a papers page saved as text (the Hugging Face papers page is the model): site chrome lines, then for each
/// paper a title line followed by an abstract paragraph. Paragraphs are separated by blank lines. A long paragraph
/// of prose is an abstract and the short paragraph just before it is its title; other short paragraphs are either
/// site chrome (menus, dates, counters: ignored) or titles without an abstract (reported and skipped).
/// </summary>
internal sealed partial class PageDumpParser(string file, CorpusReport report)
{
    private const int MaxTitleLength = 400;
    private const int MinAbstractLength = 200;

    private readonly List<(long Line, string Text)> _pending = [];
    private readonly List<string> _paragraph = [];
    private long _paragraphLine;

    internal sealed record Entry(long TitleLine, string Title, string Abstract);

    /// <summary>Feeds one line; returns a paper when this line completes one.</summary>
    public Entry? AddLine(long number, string line)
    {
        if (line.Trim().Length == 0)
        {
            return EndParagraph();
        }

        if (_paragraph.Count == 0)
        {
            _paragraphLine = number;
        }

        _paragraph.Add(line.Trim());
        return null;
    }

    /// <summary>Call at the end of the file.</summary>
    public Entry? Finish()
    {
        var last = EndParagraph();
        foreach (var (line, text) in _pending.Where(p => !IsChrome(p.Text)))
        {
            report.Add(new SourceLocation(file, line), CorpusProblemKind.TitleWithoutAbstract, $"title without an abstract paragraph after it, skipped: \"{text}\"");
        }

        _pending.Clear();
        return last;
    }

    private Entry? EndParagraph()
    {
        if (_paragraph.Count == 0)
        {
            return null;
        }

        var text = TextCleanup.CollapseWhitespace(string.Join(' ', _paragraph));
        var line = _paragraphLine;
        _paragraph.Clear();

        if (!LooksLikeAbstract(text))
        {
            _pending.Add((line, text));
            return null;
        }

        var titleIndex = _pending.FindLastIndex(p => !IsChrome(p.Text) && p.Text.Length <= MaxTitleLength);
        for (var i = 0; i < _pending.Count; i++)
        {
            if (i != titleIndex && !IsChrome(_pending[i].Text))
            {
                report.Add(new SourceLocation(file, _pending[i].Line), CorpusProblemKind.TitleWithoutAbstract,
                    $"title without an abstract paragraph after it, skipped: \"{_pending[i].Text}\"");
            }
        }

        Entry? entry = null;
        if (titleIndex < 0)
        {
            report.Add(new SourceLocation(file, line), CorpusProblemKind.MissingTitle, "abstract paragraph without a title line before it, skipped");
        }
        else
        {
            entry = new Entry(_pending[titleIndex].Line, _pending[titleIndex].Text, text);
        }

        _pending.Clear();
        return entry;
    }

    private static bool LooksLikeAbstract(string text) =>
        text.Length >= MinAbstractLength && SentenceEnd().Count(text) >= 2;

    private static bool IsChrome(string text) => Chrome().IsMatch(text);

    [GeneratedRegex(@"[.!?](?:\s|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();

    // Navigation, counters and dates of saved papers pages.
    [GeneratedRegex(
        @"^(?:new|subscribe|get trending papers in your email inbox!?|by\s*ak and the research community|daily papers|trending papers|trending|papers|upvotes?|search|collections|models|datasets|spaces|docs|pricing|log ?in|sign ?up|community|view arxiv page|view pdf|add to collection|submitted by .*|published on .*|authors?:.*|\d+ authors?|·.*|•.*|\d[\d,.]*k?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}(?:,? \d{4})?|\d{4}-\d{2}-\d{2})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Chrome();
}
