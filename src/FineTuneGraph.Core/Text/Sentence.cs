namespace FineTuneGraph.Text;

/// <summary>A sentence of a text: its position in the sentence order and its span in the original string.</summary>
/// <param name="Index">0-based position among the sentences of the text.</param>
/// <param name="Start">Offset of the first character in the original text.</param>
/// <param name="End">Offset just past the last character (exclusive).</param>
public readonly record struct Sentence(int Index, int Start, int End)
{
    /// <summary>Number of characters.</summary>
    public int Length => End - Start;

    /// <summary>The sentence's text.</summary>
    public string TextOf(string text) => text[Start..End];
}
