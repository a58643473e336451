using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FineTuneGraph.Rules;

/// <summary>
/// One rule file being loaded: its path as shown to the user, its text once read, where its problems go (each with
/// the line it points at), and the pack's regexes.
/// </summary>
internal sealed class RuleFile(string path, RuleDiagnosticList diagnostics, RegexCache regexes)
{
    private int[]? _lineStarts;

    /// <summary>The pack folder as given, joined with the file's path in it.</summary>
    public string Path { get; } = path;

    public RegexCache Regexes { get; } = regexes;

    /// <summary>The decoded text, once read; problems found before (or instead) have no source line.</summary>
    public string? Text { get; set; }

    public RuleSource Source(YamlNode node) => Source(node.Start);

    public RuleSource Source(Mark mark) => new(Path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    public void Report(YamlNode node, RuleMessage message) => Report(node.Start, message);

    public void Report(Mark mark, RuleMessage message)
    {
        var at = Source(mark);
        diagnostics.Add(new RuleDiagnostic(Path, at.Line, at.Column, message.Code, message.Text) { SourceLine = SourceLine(at) });
    }

    private RuleSourceLine? SourceLine(RuleSource at)
    {
        if (Text is not { } text)
        {
            return null;
        }

        _lineStarts ??= LineStarts(text);
        if (at.Line > _lineStarts.Length)
        {
            return null;
        }

        var start = _lineStarts[at.Line - 1];
        var end = at.Line < _lineStarts.Length ? _lineStarts[at.Line] - 1 : text.Length;
        var line = text.AsSpan(start, end - start).TrimEnd('\r');
        return RuleSourceLine.Around(line, at.Column);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts.Add(i + 1);
        }

        return [.. starts];
    }
}
