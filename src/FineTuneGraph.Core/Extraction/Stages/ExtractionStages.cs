namespace FineTuneGraph.Extraction;

/// <summary>The order in which <see cref="Extractor.Extract"/> runs its stages, stated once.</summary>
internal static class ExtractionStages
{
    /// <summary>
    /// Candidates first (dictionary, then patterns), resolved into mentions; then the stages that change mentions, with
    /// acronyms placed before and after context rules; then entities, and the relations and findings built on them.
    /// </summary>
    public static IReadOnlyList<IExtractionStage> Default(CompiledRulePack pack) =>
    [
        new DictionaryStage(pack),
        new PatternStage(pack),
        new OverlapStage(),
        new ExtensionStage(pack),
        new AcronymStage(pack),
        new ContextStage(pack),
        new AcronymsAgainStage(pack),
        new VariantStage(),
        new AddressStage(),
        new EntityStage(),
        new RelationStage(pack),
        new FindingStage(pack),
    ];
}
