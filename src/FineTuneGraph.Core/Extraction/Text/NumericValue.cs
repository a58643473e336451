namespace FineTuneGraph.Extraction;

/// <summary>A number stated in a text, with its sign and unit as written.</summary>
/// <param name="Start">Offset of the first character (the sign, if any).</param>
/// <param name="End">Offset just past the unit (exclusive).</param>
/// <param name="Text">The value as written, sign and unit included: "+2.1%", "5.2 points", "2 BLEU points", "3x".</param>
/// <param name="Number">The number as written, signed, not scaled: "58.8%" is 58.8.</param>
/// <param name="Unit">The unit.</param>
public readonly record struct NumericValue(int Start, int End, string Text, double Number, NumberUnit Unit);
