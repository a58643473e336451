namespace FineTuneGraph.Rules;

/// <summary>
/// The line a diagnostic points at, as written (tabs kept), clipped around the spot when it is long, and where the
/// caret goes in it.
/// </summary>
/// <param name="Text">The line, or the part of it around the spot with <c>…</c> where it was cut.</param>
/// <param name="Column">The 1-based column of the spot in <paramref name="Text"/>.</param>
public sealed record RuleSourceLine(string Text, int Column)
{
    /// <summary>The most characters shown of a line.</summary>
    public const int MaxLength = 160;

    /// <summary>The line holding the 1-based <paramref name="column"/>, clipped to <see cref="MaxLength"/> around it.</summary>
    public static RuleSourceLine Around(ReadOnlySpan<char> line, int column)
    {
        var spot = Math.Clamp(column - 1, 0, line.Length);
        if (line.Length <= MaxLength)
        {
            return new RuleSourceLine(line.ToString(), spot + 1);
        }

        var start = Math.Clamp(spot - (MaxLength / 2), 0, line.Length - MaxLength);
        var cutBefore = start > 0;
        var cutAfter = start + MaxLength < line.Length;
        var text = string.Concat(cutBefore ? "…" : "", line.Slice(start, MaxLength), cutAfter ? "…" : "");
        return new RuleSourceLine(text, spot - start + (cutBefore ? 1 : 0) + 1);
    }
}
