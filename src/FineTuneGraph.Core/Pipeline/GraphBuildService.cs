using System.Runtime.CompilerServices;
using FineTuneGraph.Corpus;
using FineTuneGraph.Export;
using FineTuneGraph.Extraction;
using FineTuneGraph.Graph;
using FineTuneGraph.Neo4j;
using FineTuneGraph.Rules;
using FineTuneGraph.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Pipeline;

/// <summary>
/// The pipeline, in one place: read inputs, extract with the rule pack in use (each paper isolated), and load the
/// graph into Neo4j or write it to files. Every front door (the <c>ftg</c> commands, the inbox worker, the tests)
/// resolves this one service; they differ only in how they show progress.
/// </summary>
public sealed class GraphBuildService(
    RulePackProvider rules,
    CorpusReader reader,
    ICypherClient client,
    GraphSchema schema,
    IOptions<BuildOptions> options,
    TimeProvider time,
    ILogger<GraphBuildService> logger)
{
    /// <summary>The logging category of the pipeline's events (progress, corpus problems, failed papers).</summary>
    public const string LogCategory = PipelineLog.Category;

    /// <summary>The rule pack in use, and its folder.</summary>
    public RulePackProvider Rules => rules;

    /// <summary>Every record of the inputs, in order, later revisions of a paper included; problems go to the request's report and the log.</summary>
    public async IAsyncEnumerable<Paper> ReadAsync(CorpusRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var report = request.Report;
        void Log(CorpusProblem problem)
        {
            if (problem.IsWarning)
            {
                PipelineLog.CorpusProblem(logger, ControlCharacters.Escape(problem.Location.ToString()), ControlCharacters.Escape(problem.Message));
            }
        }

        report.ProblemFound += Log;
        try
        {
            var papers = request.Papers ?? reader.ReadAsync(CorpusInput.Expand(request.Inputs, report, request.StandardInput, cancellationToken), request.Format, report, cancellationToken);
            await foreach (var paper in papers.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return paper;
            }
        }
        finally
        {
            report.ProblemFound -= Log;
        }
    }

    /// <summary>
    /// The first record of every paper extracted with the pack in use, in input order, on every core. A paper the
    /// rules fail on is reported (<see cref="CorpusProblemKind.ExtractionFailed"/>) and left out.
    /// </summary>
    public async IAsyncEnumerable<PaperExtraction> ExtractAsync(CorpusRequest request, RuleStats? stats = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var extractor = rules.Current;
        var firsts = FirstRevisions(ReadAsync(request, cancellationToken), cancellationToken);
        await foreach (var outcome in ExtractionPipeline.ExtractAsync(firsts, extractor, options.Value.ExtractionThreads, stats, cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Extraction is { } extraction)
            {
                yield return extraction;
            }
            else
            {
                request.Report.Add(outcome.Paper.Source, CorpusProblemKind.ExtractionFailed, $"paper {outcome.Paper.Id} skipped: {outcome.Failure}");
            }
        }
    }

    /// <summary>Extracts a text given by hand: a first line followed by a blank line is its title.</summary>
    public PaperExtraction ExtractText(string text)
    {
        var parts = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", 2);
        var (title, body) = parts.Length == 2 && !parts[0].Contains('\n', StringComparison.Ordinal) ? (parts[0].Trim(), parts[1].Trim()) : (string.Empty, text.Trim());
        return rules.Current.Extract(new Paper { Id = "text", Title = title, Abstract = body, Source = new SourceLocation("--text") });
    }

    /// <summary>
    /// Runs the pack in use once over a short made-up abstract, so the first real paper does not wait for the
    /// extraction code to be compiled (a long-running worker calls it when a pack is loaded).
    /// </summary>
    public void WarmUp() => _ = ExtractionOutcome.Of(rules.Current, new Paper
    {
        Id = "warm-up",
        Title = "WarmUp: Warming Up the Extractor",
        Abstract = "We propose WarmUp, which fine-tunes Llama 2 with LoRA and evaluates it on GSM8K. WarmUp improves accuracy by 3.2% over DPO.",
        Source = new SourceLocation("(warm-up)"),
    });

    /// <summary>
    /// Reads the inputs and loads the changed papers into Neo4j, one transaction per batch, with the pack in use when
    /// the build starts. The schema is ensured first (once per process and server).
    /// </summary>
    public async Task<BuildSummary> BuildAsync(BuildRequest request, IProgress<BuildProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var builder = new GraphBuilder(client, schema, rules.Current, options.Value, time, logger);
        var summary = await builder.BuildAsync(ReadAsync(request, cancellationToken), request, progress, cancellationToken).ConfigureAwait(false);
        foreach (var failure in summary.Failures)
        {
            PipelineLog.PaperFailed(logger, ControlCharacters.Escape(failure.PaperId), ControlCharacters.Escape(failure.Source), ControlCharacters.Escape(failure.Reason));
        }

        return summary;
    }

    /// <summary>
    /// The graph a build would load, written to <paramref name="directory"/> instead: neo4j-admin import CSVs with
    /// <c>import.sh</c>, one Cypher script, and <c>graph.html</c> (heat map and graph view), all or nothing (see <see cref="ExportFolder"/>). Needs no Neo4j.
    /// </summary>
    public async Task<ExportSummary> ExportAsync(CorpusRequest request, string directory, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var extractor = rules.Current;
        var graph = new ExportedGraph();
        long failed = 0;
        await foreach (var outcome in ExtractionPipeline.ExtractAsync(ReadAsync(request, cancellationToken), extractor, options.Value.ExtractionThreads, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (outcome.Extraction is { } extraction)
            {
                var projected = PaperGraphProjector.Project(extraction, extractor.Pack.Hash);
                if (projected.Cuts.Count > 0)
                {
                    request.Report.Add(outcome.Paper.Source, CorpusProblemKind.Truncated, $"paper {outcome.Paper.Id} is larger than one paper may be (docs/reliability.md): {string.Join("; ", projected.Cuts)}");
                }

                graph.Add(projected);
            }
            else
            {
                failed++;
                request.Report.Add(outcome.Paper.Source, CorpusProblemKind.ExtractionFailed, $"paper {outcome.Paper.Id} skipped: {outcome.Failure}");
            }
        }

        var (files, statements) = await ExportFolder.ReplaceAsync(directory, async staging =>
        {
            var csv = await AdminImportCsvExporter.WriteAsync(graph, staging, cancellationToken).ConfigureAwait(false);
            var cypher = await CypherScriptExporter.WriteAsync(graph, staging, cancellationToken).ConfigureAwait(false);
            await GraphHtmlExporter.WriteAsync(graph, staging, cancellationToken).ConfigureAwait(false);
            return (csv, cypher);
        }).ConfigureAwait(false);
        var summary = new ExportSummary(directory, graph.PaperCount, graph.Nodes().Count, graph.Relationships().Count, files,
            Path.Combine(directory, CypherScriptExporter.FileName), statements, Path.Combine(directory, GraphHtmlExporter.FileName), failed, time.GetElapsedTime(started));
        PipelineLog.ExportFinished(logger, directory, summary.Papers, summary.Nodes, summary.Relationships, summary.Elapsed.TotalSeconds);
        return summary;
    }

    private static async IAsyncEnumerable<Paper> FirstRevisions(IAsyncEnumerable<Paper> papers, [EnumeratorCancellation] CancellationToken cancellationToken)
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
