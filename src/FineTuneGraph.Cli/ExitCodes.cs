namespace FineTuneGraph.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>A fatal, user-fixable error: bad configuration, Neo4j unreachable or refusing the credentials.</summary>
    public const int Failure = 1;

    /// <summary>The run finished but some inputs failed (reported one by one).</summary>
    public const int PartialFailure = 2;

    /// <summary>Nothing to do: the inputs held no readable paper (each reason was reported).</summary>
    public const int NothingRead = 3;

    /// <summary>Stopped by Ctrl+C or SIGTERM before it finished (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>A bug: an unexpected exception, printed with its stack trace.</summary>
    public const int InternalError = 70;
}
