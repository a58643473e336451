namespace FineTuneGraph.Evaluation;

/// <summary>A gold or predicted file that cannot be read; the message starts with <c>file:line:</c>.</summary>
public sealed class GoldFileException : Exception
{
    /// <summary>Creates the exception for a problem at a line of a file.</summary>
    public GoldFileException(string file, long line, string problem, Exception? innerException = null)
        : base($"{file}:{line}: {problem}", innerException)
    {
        File = file;
        Line = line;
    }

    /// <summary>Creates the exception for a problem with the whole file (missing, unreadable).</summary>
    public GoldFileException(string file, string problem, Exception? innerException = null)
        : base($"{file}: {problem}", innerException)
    {
        File = file;
    }

    /// <summary>The path as given.</summary>
    public string File { get; }

    /// <summary>The 1-based line; 0 for a problem with the whole file.</summary>
    public long Line { get; }
}
