using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FineTuneGraph.Rules;

/// <summary>One rule file being loaded: its path as shown to the user, where its problems go, and the pack's regexes.</summary>
internal sealed class RuleFile(string path, List<RuleDiagnostic> diagnostics, RegexCache regexes)
{
    /// <summary>The pack folder as given, joined with the file's path in it.</summary>
    public string Path { get; } = path;

    public RegexCache Regexes { get; } = regexes;

    public RuleSource Source(YamlNode node) => Source(node.Start);

    public RuleSource Source(Mark mark) => new(Path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    public void Report(YamlNode node, RuleMessage message) => Report(node.Start, message);

    public void Report(Mark mark, RuleMessage message)
    {
        var at = Source(mark);
        diagnostics.Add(new RuleDiagnostic(Path, at.Line, at.Column, message.Code, message.Text));
    }
}
