namespace FineTuneGraph.Graph;

/// <summary>
/// What one paper may write to the graph. A record past a limit is cut, with a note, so that one hostile or broken
/// record cannot exhaust the server's memory (a record with 100,000 authors once did) or stall a batch; the limits
/// are far above real papers (the largest author lists on arXiv, of the LHC collaborations, have about 3,000 names).
/// </summary>
public static class PaperLimits
{
    /// <summary>Authors kept per paper, in their order.</summary>
    public const int MaxAuthors = 5_000;

    /// <summary>Characters kept of one author name (longer ones are cut).</summary>
    public const int MaxAuthorNameLength = 300;

    /// <summary>Entities (and so paper edges) kept per paper, the most mentioned first.</summary>
    public const int MaxEntities = 2_000;

    /// <summary>Mentions recorded as provenance on one paper edge; <c>mentions</c> still counts them all.</summary>
    public const int MaxMentionsPerEdge = 100;

    /// <summary>Findings kept per paper, in text order.</summary>
    public const int MaxFindings = 1_000;

    /// <summary>Relations kept per paper, in text order.</summary>
    public const int MaxClaims = 5_000;
}
