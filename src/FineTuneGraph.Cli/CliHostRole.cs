namespace FineTuneGraph.Cli;

/// <summary>How a command shows what happens: its own display, or the log (the worker, which has no console of its own).</summary>
internal enum CliHostRole
{
    /// <summary>A one-shot command: progress and problems on its display; the log shows warnings (everything with --verbose).</summary>
    Command,

    /// <summary>A long-running worker: the log is its output, with UTC times, as lines or JSON.</summary>
    Worker,
}
