namespace FineTuneGraph.Corpus;

/// <summary>The container format of an input; the record schema inside JSON is recognised per record.</summary>
public enum CorpusFormat
{
    /// <summary>Detect from the content.</summary>
    Auto,

    /// <summary>A saved papers page: title lines each followed by an abstract paragraph (Hugging Face papers page).</summary>
    Text,

    /// <summary>One JSON object per line (arXiv metadata snapshot, OpenAlex snapshot, any title + abstract/summary).</summary>
    JsonLines,

    /// <summary>One JSON document: an array of papers, an OpenAlex work or results page, Hugging Face API answers.</summary>
    Json,
}
