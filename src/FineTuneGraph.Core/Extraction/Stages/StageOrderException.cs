namespace FineTuneGraph.Extraction;

/// <summary>Thrown when a stage reads what an earlier stage produces before that stage has run: the order is wrong.</summary>
internal sealed class StageOrderException(string what, string producer)
    : InvalidOperationException($"{what} is not there yet: the stage '{producer}' produces it and has not run.");
