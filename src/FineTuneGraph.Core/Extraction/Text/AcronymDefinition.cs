namespace FineTuneGraph.Extraction;

/// <summary>
/// A definition "long form (SHORT)" (or "SHORT (long form)") found in a text; offsets are into that text, ends
/// exclusive. The long form has no surrounding space or quotes; the short form has no parentheses.
/// </summary>
public readonly record struct AcronymDefinition(int LongStart, int LongEnd, int ShortStart, int ShortEnd)
{
    /// <summary>The long form, "Low-Rank Adaptation".</summary>
    public string LongFormOf(string text) => text[LongStart..LongEnd];

    /// <summary>The short form as written, "LoRA" or "LLMs".</summary>
    public string ShortFormOf(string text) => text[ShortStart..ShortEnd];
}
