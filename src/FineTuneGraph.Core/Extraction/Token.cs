namespace FineTuneGraph.Extraction;

/// <summary>A word or a single symbol of the normalised text: [<see cref="Start"/>, <see cref="End"/>) in it.</summary>
public readonly record struct Token(int Start, int End)
{
    /// <summary>Number of characters.</summary>
    public int Length => End - Start;
}
