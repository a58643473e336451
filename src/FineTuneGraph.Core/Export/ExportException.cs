namespace FineTuneGraph.Export;

/// <summary>An export that could not be written where asked; the message says why and that nothing was changed.</summary>
public sealed class ExportException : Exception
{
    public ExportException()
        : this("the export could not be written")
    {
    }

    public ExportException(string message)
        : base(message)
    {
    }

    public ExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a folder and the reason.</summary>
    public ExportException(string directory, string reason, Exception? innerException = null)
        : base($"export folder {directory} {reason}", innerException)
    {
    }
}
