namespace FineTuneGraph.Extraction;

/// <summary>
/// One step of <see cref="Extractor.Extract"/>: reads what earlier stages left on the work object and adds or removes
/// mentions, entities, relations or findings. The order is stated once, in <see cref="ExtractionStages.Default"/>; a
/// stage that needs something an earlier stage produces reads it from a property of <see cref="ExtractionWork"/> that
/// throws until that stage has run.
/// </summary>
internal interface IExtractionStage
{
    /// <summary>The stage's name, as in error messages and <see cref="ExtractionStages.Default"/>.</summary>
    string Name { get; }

    /// <summary>Runs the stage on one paper's work.</summary>
    void Run(ExtractionWork work);
}
