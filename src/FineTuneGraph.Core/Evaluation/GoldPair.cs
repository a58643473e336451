namespace FineTuneGraph.Evaluation;

/// <summary>A <c>method_dataset</c> or <c>method_model</c> relation; written as a 2-element array.</summary>
/// <param name="Method">The method's name.</param>
/// <param name="Target">The dataset's name (<c>method_dataset</c>) or the model's name (<c>method_model</c>).</param>
public sealed record GoldPair(string Method, string Target);
