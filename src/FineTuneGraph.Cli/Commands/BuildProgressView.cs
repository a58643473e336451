using FineTuneGraph.Graph;
using Spectre.Console;

namespace FineTuneGraph.Cli.Commands;

/// <summary>A live progress display of papers and batches on a terminal; plain lines elsewhere (logs, CI, pipes).</summary>
internal static class BuildProgressView
{
    public static async Task<BuildSummary> RunAsync(CliConsole console, TimeProvider time, Func<long> filesRead, Func<IProgress<BuildProgress>, Task<BuildSummary>> build)
    {
        if (!console.Error.Profile.Capabilities.Interactive)
        {
            var last = time.GetTimestamp();
            return await build(new Progress(p =>
            {
                if (time.GetElapsedTime(last) > TimeSpan.FromSeconds(5))
                {
                    last = time.GetTimestamp();
                    console.PlainError.WriteLine(Describe(filesRead(), p));
                }
            })).ConfigureAwait(false);
        }

        BuildSummary? summary = null;
        await console.Error.Progress()
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("reading papers", maxValue: double.MaxValue);
                summary = await build(new Progress(p => task.Description = CliText.Safe(Describe(filesRead(), p)))).ConfigureAwait(false);
                task.StopTask();
            }).ConfigureAwait(false);
        return summary!;
    }

    private static string Describe(long files, BuildProgress p) =>
        $"files {files:N0} · papers read {p.PapersRead:N0} · loaded {p.PapersLoaded:N0} · unchanged {p.PapersSkipped:N0} · failed {p.PapersFailed:N0} · batches {p.Batches:N0}";

    /// <summary>Reports on the caller's thread, so the display sees every batch in order.</summary>
    private sealed class Progress(Action<BuildProgress> report) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => report(value);
    }
}
