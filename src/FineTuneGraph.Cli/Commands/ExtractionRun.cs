using System.CommandLine;
using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FineTuneGraph.Cli.Commands;

/// <summary>Reads inputs and extracts every paper with a compiled pack: what extract, eval and rules stats share.</summary>
internal sealed class ExtractionRun(IHost host, CliConsole console, Extractor extractor)
{
    public CorpusReport Report { get; } = new();

    /// <summary>The shared host the command runs in.</summary>
    public IHost Host => host;

    /// <summary>The extractor with the compiled pack.</summary>
    public Extractor Extractor => extractor;

    /// <summary>Every record of the inputs, in order, with problems written as they happen and counted in <see cref="Report"/>.</summary>
    public IAsyncEnumerable<Paper> ReadAsync(IEnumerable<string> inputs, CorpusFormat format, CancellationToken cancellationToken)
    {
        Report.ProblemFound += problem => CorpusReportView.WriteProblem(console, problem);
        return host.Services.GetRequiredService<CorpusReader>().ReadAsync(CorpusInput.Expand(inputs, Report), format, Report, cancellationToken);
    }

    /// <summary>Papers of the inputs, extracted in input order on all cores; later revisions of the same paper are left out.</summary>
    public IAsyncEnumerable<PaperExtraction> ExtractAsync(IEnumerable<string> inputs, CorpusFormat format, RuleStats? stats, CancellationToken cancellationToken) =>
        ExtractionPipeline.ExtractAsync(FirstRevisions(ReadAsync(inputs, format, cancellationToken), cancellationToken), extractor, stats: stats, cancellationToken: cancellationToken);

    /// <summary>Every record of the inputs extracted, later revisions of a paper included (a build keeps the last).</summary>
    public IAsyncEnumerable<PaperExtraction> ExtractAllRevisionsAsync(IEnumerable<string> inputs, CorpusFormat format, CancellationToken cancellationToken) =>
        ExtractionPipeline.ExtractAsync(ReadAsync(inputs, format, cancellationToken), extractor, cancellationToken: cancellationToken);

    /// <summary>Extracts a text given on the command line: a first line followed by a blank line is its title.</summary>
    public PaperExtraction ExtractText(string text)
    {
        var parts = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2);
        var (title, body) = parts.Length == 2 && !parts[0].Contains('\n', StringComparison.Ordinal) ? (parts[0].Trim(), parts[1].Trim()) : (string.Empty, text.Trim());
        return extractor.Extract(new Paper { Id = "text", Title = title, Abstract = body, Source = new SourceLocation("--text") });
    }

    /// <summary>
    /// Builds the host, loads the pack and runs <paramref name="body"/> with it; a pack with problems has them
    /// printed and fails the command.
    /// </summary>
    public static async Task<int> ExecuteAsync(CliHost cli, ParseResult parse, Func<ExtractionRun, Task<int>> body)
    {
        using var host = cli.Build(parse);
        if (RulesCommand.LoadPack(cli, parse) is not { } pack)
        {
            return ExitCodes.Failure;
        }

        return await body(new ExtractionRun(host, cli.Console, new Extractor(CompiledRulePack.Compile(pack)))).ConfigureAwait(false);
    }

    private static async IAsyncEnumerable<Paper> FirstRevisions(IAsyncEnumerable<Paper> papers, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var paper in papers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (paper.Revision == 0)
            {
                yield return paper;
            }
        }
    }
}
