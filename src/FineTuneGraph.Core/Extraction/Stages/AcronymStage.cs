namespace FineTuneGraph.Extraction;

/// <summary>
/// Stage 5, acronyms: paper-local acronym definitions, "Long Form (LF)". A known form lends its entity to the other
/// form; two unknown forms become a local entity when the long form's head word names a type. Reads and changes
/// <see cref="ExtractionWork.Mentions"/> (needs the overlaps resolved); sets <see cref="ExtractionWork.PendingAcronyms"/>,
/// the definitions it could not place yet, for <see cref="AcronymsAgainStage"/> after context rules created entities.
/// </summary>
internal sealed class AcronymStage(CompiledRulePack pack) : IExtractionStage
{
    private readonly AcronymPlacement _placement = new(pack);

    /// <summary>The stage's name.</summary>
    public const string StageName = "acronyms";

    /// <inheritdoc/>
    public string Name => StageName;

    /// <inheritdoc/>
    public void Run(ExtractionWork work)
    {
        work.RequireOpenMentions(StageName);
        var pending = new List<AcronymDefinition>();
        work.PendingAcronyms = pending;
        if (!pack.Pack.Acronyms.Enabled)
        {
            return;
        }

        foreach (var definition in AcronymFinder.Find(work.Document.Text))
        {
            if (!_placement.TryPlaceAcronym(work, definition, allowCreate: true))
            {
                pending.Add(definition);
            }
        }
    }
}
