using System.CommandLine;
using System.Text;
using System.Text.Json;
using FineTuneGraph.Corpus;
using FineTuneGraph.Pipeline;
using FineTuneGraph.Text;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>ftg corpus read</c>: what the reader makes of the inputs, as JSON Lines, with every problem reported.</summary>
internal static class CorpusCommand
{
    public static Command Create(CliHost cli)
    {
        var read = new Command("read", "Read abstracts (page dumps, JSON Lines, Hugging Face or OpenAlex JSON, .gz) and write one JSON line per paper.");
        read.Arguments.Add(CorpusArguments.Inputs);
        read.Options.Add(CorpusArguments.Format);
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the JSON Lines to this file instead of standard output" };
        var sentences = new Option<bool>("--sentences") { Description = "Add each abstract's sentences with their character offsets" };
        read.Options.Add(output);
        read.Options.Add(sentences);
        read.SetAction((parse, cancellationToken) => RunAsync(cli, parse, parse.GetValue(output), parse.GetValue(sentences), cancellationToken));

        var command = new Command("corpus", "Inspect what FineTuneGraph reads from your inputs.");
        command.Subcommands.Add(read);
        return command;
    }

    private static async Task<int> RunAsync(CliHost cli, ParseResult parse, FileInfo? output, bool withSentences, CancellationToken cancellationToken)
    {
        await using var app = await cli.StartAsync(parse, cancellationToken).ConfigureAwait(false);
        var request = CorpusRequests.Corpus(cli.Console, parse.GetValue(CorpusArguments.Inputs) ?? [], parse.GetValue(CorpusArguments.Format));
        var report = request.Report;

        var target = output is null ? null : new StreamWriter(output.FullName, append: false, new UTF8Encoding(false));
        var writer = target ?? cli.Console.PlainOut;
        try
        {
            await foreach (var paper in app.Get<GraphBuildService>().ReadAsync(request, app.Stopping).ConfigureAwait(false))
            {
                await writer.WriteLineAsync(JsonSerializer.Serialize(PaperLine.From(paper, withSentences), PaperLine.JsonOptions)).ConfigureAwait(false);
            }
        }
        finally
        {
            if (target is not null)
            {
                await target.DisposeAsync().ConfigureAwait(false);
            }
        }

        CorpusReportView.WriteSummary(cli.Console, report);
        return CorpusReportView.ExitCode(report);
    }

    /// <summary>The JSON shape of one paper.</summary>
    private sealed record PaperLine(
        string Id,
        string Title,
        string Abstract,
        string Source,
        string? Url,
        string? ArxivId,
        string? Doi,
        IReadOnlyList<string> Authors,
        IReadOnlyList<string> Categories,
        DateOnly? Published,
        string ContentHash,
        int Revision,
        IReadOnlyList<Sentence>? Sentences)
    {
        public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static PaperLine From(Paper paper, bool withSentences) => new(
            paper.Id, paper.Title, paper.Abstract, paper.Source.ToString(), paper.Url, paper.ArxivId, paper.Doi, paper.Authors, paper.Categories,
            paper.Published, paper.ContentHash, paper.Revision, withSentences ? SentenceSplitter.Split(paper.Abstract) : null);
    }
}
