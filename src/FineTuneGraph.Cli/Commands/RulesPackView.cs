using System.Globalization;
using FineTuneGraph.Rules;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary>How a rule pack is shown: a table of counts when it loads, compiler-style diagnostics when it does not.</summary>
internal static class RulesPackView
{
    /// <summary>Each problem as <c>file:line:column: message</c>, the source line and a caret under the column; then a count.</summary>
    public static void WriteProblems(CliConsole console, RulePackException problems)
    {
        foreach (var diagnostic in problems.Diagnostics)
        {
            console.Error.MarkupLineInterpolated($"[red]{CliText.Printable(diagnostic.ToString())}[/] [grey][[{diagnostic.Code}]][/]");
            if (diagnostic.SourceLine is { } line)
            {
                // Escaped, so a control character in a rule file cannot drive the terminal; the caret counts the escapes.
                var before = CliText.Printable(line.Text[..Math.Clamp(line.Column - 1, 0, line.Text.Length)]);
                console.Error.WriteLine(CliText.Printable(line.Text), Style.Plain);
                console.Error.WriteLine(Caret(before, before.Length + 1), new Style(Color.Green));
            }
        }

        var shown = problems.Diagnostics.Count < problems.ProblemCount ? $" (the first {problems.Diagnostics.Count} are shown)" : "";
        console.WriteError($"{Count(problems.ProblemCount, "problem")} in the rule pack {problems.Directory}{shown}; it was not loaded.");
    }

    /// <summary>Rules by kind: dictionary entities and their aliases by type, then patterns, contexts, relations and findings.</summary>
    public static void WriteSummary(CliConsole console, RulePack pack)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Rules")
            .AddColumn(new TableColumn("Count").RightAligned())
            .AddColumn(new TableColumn("Aliases").RightAligned());
        foreach (var type in EntityTypes.All.Order(StringComparer.Ordinal))
        {
            var entities = pack.Entities.Where(e => e.Type == type).ToArray();
            table.AddRow($"{type} entities", Number(entities.Length), Number(entities.Sum(e => e.Aliases.Count)));
        }

        table.AddRow("patterns", Number(pack.Patterns.Count), "");
        table.AddRow("contexts", Number(pack.Contexts.Count), "");
        table.AddRow("relations", Number(pack.Relations.Count), "");
        table.AddRow("findings", Number(pack.Findings.Count), "");
        table.AddRow("acronym heads", pack.Acronyms.Enabled ? Number(pack.Acronyms.Heads.Sum(h => h.Value.Count)) : "off", "");
        console.Out.MarkupLineInterpolated($"[green]ok:[/] {CliText.Printable(pack.Directory)}: {Count(pack.Files.Count, "file")}, hash {pack.Hash}");
        console.Out.Write(table);
    }

    /// <summary>Spaces up to the column (tabs kept, so the caret lines up in a terminal), then <c>^</c>.</summary>
    private static string Caret(string line, int column)
    {
        var indent = line.AsSpan(0, Math.Clamp(column - 1, 0, line.Length)).ToArray().Select(c => c == '\t' ? '\t' : ' ');
        return string.Concat(indent) + "^";
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Count(int value, string noun) => $"{Number(value)} {noun}{(value == 1 ? "" : "s")}";
}
