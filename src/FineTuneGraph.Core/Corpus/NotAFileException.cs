namespace FineTuneGraph.Corpus;

/// <summary>An input that names a pipe, socket or device rather than a regular file; it is skipped, never opened.</summary>
internal sealed class NotAFileException(string message) : IOException(message);
