namespace FineTuneGraph.Corpus;

/// <summary>Why an input, or a record in it, was not read.</summary>
public enum CorpusProblemKind
{
    /// <summary>An input path that does not exist.</summary>
    NotFound,

    /// <summary>A file with no content.</summary>
    EmptyFile,

    /// <summary>A folder with no file of a supported kind.</summary>
    NoSupportedFiles,

    /// <summary>A binary file, or text that is not UTF-8.</summary>
    NotText,

    /// <summary>An HTML page (refused; save it as text).</summary>
    Html,

    /// <summary>A gzip file that cannot be decompressed.</summary>
    CorruptGzip,

    /// <summary>The file could not be read.</summary>
    ReadError,

    /// <summary>A line or document that is not valid JSON.</summary>
    InvalidJson,

    /// <summary>A record above the size limit.</summary>
    TooLarge,

    /// <summary>A record without a title.</summary>
    MissingTitle,

    /// <summary>A record without an abstract.</summary>
    MissingAbstract,

    /// <summary>A title in a page dump with no abstract paragraph after it.</summary>
    TitleWithoutAbstract,

    /// <summary>A paper already read from another record; merged into one.</summary>
    Duplicate,

    /// <summary>A paper the rules failed on (a pattern that timed out, a rule that threw); that paper is skipped.</summary>
    ExtractionFailed,

    /// <summary>A named pipe, socket or device where a file was expected: skipped, since reading it could block or never end.</summary>
    NotAFile,

    /// <summary>A file in an input folder whose name is not of a supported kind (.png, .pdf…): left alone, and said so (a note).</summary>
    UnsupportedFile,

    /// <summary>A folder or file reached again through a link (a link loop, or two routes to one place): read once (a note).</summary>
    AlreadyRead,

    /// <summary>A line that is not UTF-8 text (an invalid byte, a NUL): that line skipped, the rest of the file read.</summary>
    InvalidText,

    /// <summary>A record kept with a lone surrogate of its JSON (<c>"\ud800"</c>) read as U+FFFD (a warning, not a failure).</summary>
    TextRepaired,

    /// <summary>
    /// A record past a documented size limit, cut with a warning (not a failure: the paper is kept): a title or abstract
    /// over Corpus:MaxTitleChars or Corpus:MaxAbstractChars, cut at a sentence or word end, or a paper with more
    /// authors, entities or findings than one paper may write (Graph.PaperLimits).
    /// </summary>
    Truncated,
}
