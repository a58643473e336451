namespace FineTuneGraph.Extraction;

/// <summary>Which part of a paper a span is in.</summary>
public enum TextField
{
    /// <summary>The title (sentence 0).</summary>
    Title,

    /// <summary>The abstract (sentences 1 and on).</summary>
    Abstract,
}
