namespace FineTuneGraph.Extraction;

/// <summary>
/// Stage 7, acronyms again: a second look at the definitions <see cref="AcronymStage"/> could not place, now that
/// context rules have created entities and named types. Reads <see cref="ExtractionWork.PendingAcronyms"/> and
/// <see cref="ExtractionWork.ContextTypes"/> (so it runs after both <see cref="AcronymStage"/> and
/// <see cref="ContextStage"/>); changes <see cref="ExtractionWork.Mentions"/>, and rejects a definition it still cannot
/// place.
/// </summary>
internal sealed class AcronymsAgainStage(CompiledRulePack pack) : IExtractionStage
{
    private readonly AcronymPlacement _placement = new(pack);

    /// <summary>The stage's name.</summary>
    public const string StageName = "acronyms-again";

    /// <inheritdoc/>
    public string Name => StageName;

    /// <inheritdoc/>
    public void Run(ExtractionWork work)
    {
        work.RequireOpenMentions(StageName);
        var contextTypes = work.ContextTypes;
        foreach (var definition in work.PendingAcronyms)
        {
            // "we introduce Quantifiable Dialogue Coherence Evaluation (QuantiDCE)": a context rule that named the short
            // form gives the type that the head word could not.
            var named = contextTypes.GetValueOrDefault((definition.ShortStart, definition.ShortEnd));
            var placed = _placement.TryPlaceAcronym(work, definition, allowCreate: named is not null, named);
            if (placed && work.HasContextProposals && work.ContextProposals.Contains((definition.ShortStart, definition.ShortEnd))
                && work.Mentions.StartingAt(definition.ShortStart) is { } acronym && acronym.End == definition.ShortEnd)
            {
                work.Entity(acronym).Proposed = true;
            }

            if (!placed)
            {
                // Either form may come first: "Long Form (LF)" or "LF (Long Form)".
                var text = work.Document.Text;
                var start = Math.Min(definition.LongStart, definition.ShortStart);
                var end = Math.Min(text.Length, Math.Max(definition.LongEnd, definition.ShortEnd) + 1);
                work.Rejections.Add(new Rejection(string.Empty, string.Empty, start, end, text[start..end], "acronym",
                    $"acronym definition: neither form is a known entity and the head word '{AcronymPlacement.HeadWord(text, definition)}' names no type (acronyms.heads)"));
            }
        }
    }
}
