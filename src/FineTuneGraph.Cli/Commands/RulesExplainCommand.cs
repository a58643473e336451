using System.CommandLine;
using System.Globalization;
using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;
using FineTuneGraph.Pipeline;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary>
/// <c>ftg rules explain</c>: every match with its span, type, canonical name, rule and why; the relations and findings
/// with their rules; what each extraction stage added and removed; and the candidates that were rejected, with the reason.
/// </summary>
internal static class RulesExplainCommand
{
    public static Command Create(CliHost cli)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Abstracts to explain (any supported input)", Arity = ArgumentArity.ZeroOrMore };
        var text = new Option<string?>("--text") { Description = "Explain this text instead (its first sentence-like line before a blank line is taken as the title when there is one)" };
        var command = new Command("explain", "Show what the rules find in an abstract, which rule found it and why, and what they rejected and why.");
        command.Arguments.Add(inputs);
        command.Options.Add(text);
        command.Options.Add(CorpusArguments.Format);
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
            var service = app.Get<GraphBuildService>();
            _ = service.Rules.Current;
            {
                if (parse.GetValue(text) is { } given)
                {
                    Write(cli.Console.Out, service.ExtractText(given), service.Rules.Current);
                    return ExitCodes.Success;
                }

                var paths = parse.GetValue(inputs) ?? [];
                if (paths.Length == 0)
                {
                    cli.Console.WriteError("give a file to explain, or --text \"...\"");
                    return ExitCodes.Failure;
                }

                var request = CorpusRequests.Corpus(cli.Console, paths, parse.GetValue(CorpusArguments.Format));
                await foreach (var extraction in service.ExtractAsync(request, cancellationToken: app.Stopping).ConfigureAwait(false))
                {
                    Write(cli.Console.Out, extraction, service.Rules.Current);
                }

                return CorpusReportView.ExitCode(request.Report);
            }
        });
        return command;
    }

    private static void Write(IAnsiConsole console, PaperExtraction extraction, Extractor extractor)
    {
        console.MarkupLine($"[bold]{CliText.Safe(extraction.Paper.Title)}[/] [grey]({CliText.Safe(extraction.Paper.Id)})[/]");
        var stages = new Table().Border(TableBorder.Simple).Title("Stages, in order")
            .AddColumns("Stage", "Candidates", "Mentions +", "Mentions -", "Rejected", "Relations", "Findings");
        foreach (var effect in extractor.ExplainStages(extraction.Paper))
        {
            stages.AddRow(effect.Stage, Count(effect.Candidates), Count(effect.MentionsAdded), Count(effect.MentionsRemoved), Count(effect.Rejected),
                Count(effect.Relations), Count(effect.Findings));
        }

        console.Write(stages);
        var mentions = new Table().Border(TableBorder.Simple).Title("Matches")
            .AddColumns("Sent.", "Span", "Type", "Canonical (key)", "Text", "Rule", "Why");
        foreach (var mention in extraction.Entities.SelectMany(e => e.Mentions.Select(m => (Entity: e, Mention: m))).OrderBy(x => x.Mention.Start))
        {
            var (entity, m) = mention;
            mentions.AddRow(
                m.Sentence.ToString(CultureInfo.InvariantCulture),
                $"{(m.Field == TextField.Title ? "title" : "abstract")}:{m.FieldStart}-{m.FieldEnd}",
                m.Type,
                CliText.Safe($"{entity.Name} ({entity.Key}){(entity.Proposed ? " proposed" : string.Empty)}{(entity.Local ? " local" : string.Empty)}"),
                CliText.Safe(m.Surface),
                CliText.Safe(m.RuleId),
                CliText.Safe(m.Why));
        }

        console.Write(mentions);
        // The evidence says which sentences made the edge: "our method" and "this benchmark" edges hold the sentence that
        // names the entity, " … ", then the sentence that refers back.
        var relations = new Table().Border(TableBorder.Simple).Title("Relations").AddColumns("Sent.", "Relation", "Rule", "Evidence");
        foreach (var r in extraction.Relations)
        {
            relations.AddRow(r.Sentence.ToString(CultureInfo.InvariantCulture), CliText.Safe($"({r.FromType} {r.FromKey})-[:{r.Type}]->({r.ToType} {r.ToKey})"),
                CliText.Safe(r.RuleId), CliText.Safe(r.Evidence));
        }

        console.Write(relations);
        var findings = new Table().Border(TableBorder.Simple).Title("Findings").AddColumns("Sent.", "Values", "Direction", "Labels", "About", "Rule");
        foreach (var f in extraction.Findings)
        {
            var labels = string.Join(", ", new[] { f.Negated ? "negated" : null, f.Hedged ? "hedged" : null }.OfType<string>());
            var about = string.Join("; ", new[] { f.MetricKey is null ? null : "metric " + f.MetricKey }
                .Concat(f.DatasetKeys.Select(k => "dataset " + k)).Concat(f.MethodKeys.Select(k => "method " + k)).Concat(f.ModelKeys.Select(k => "model " + k)).Concat(f.ComparatorKeys.Select(k => "baseline " + k)).OfType<string>());
            findings.AddRow(f.Sentence.ToString(CultureInfo.InvariantCulture), CliText.Safe(string.Join("; ", f.Values.Select(v => ValueWithFields(f, v)))),
                f.Direction.ToString(), labels, CliText.Safe(about), CliText.Safe(f.RuleId));
        }

        console.Write(findings);
        var rejected = new Table().Border(TableBorder.Simple).Title("Rejected candidates").AddColumns("Text", "Type", "Rule", "Reason");
        foreach (var r in extraction.Rejections)
        {
            rejected.AddRow(CliText.Safe(r.Surface), r.Type, CliText.Safe(r.RuleId), CliText.Safe(r.Reason));
        }

        console.Write(rejected);
    }

    /// <summary>"71.2% (Percent): metric pass-at-k, dataset humaneval, method kappatune": a value with the fields of its own clause.</summary>
    private static string ValueWithFields(Finding finding, NumericValue value)
    {
        var fields = finding.ValueSubjects.FirstOrDefault(s => s.Value.Start == value.Start && s.Value.End == value.End);
        var named = fields is null
            ? []
            : new[] { ("metric", fields.Metric), ("dataset", fields.Dataset), ("method", fields.Method), ("model", fields.Model) }
                .Where(f => f.Item2 is not null).Select(f => $"{f.Item1} {f.Item2!.Key}").ToArray();
        return named.Length == 0 ? $"{value.Text} ({value.Unit})" : $"{value.Text} ({value.Unit}): {string.Join(", ", named)}";
    }

    private static string Count(int count) => count == 0 ? "-" : count.ToString(CultureInfo.InvariantCulture);
}
