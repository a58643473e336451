namespace FineTuneGraph.Extraction;

/// <summary>A number stated in a text, with its sign and unit as written; a range ("40-90%", "0.25% to 11.74%") is one value.</summary>
/// <param name="Start">Offset of the first character (the sign, if any).</param>
/// <param name="End">Offset just past the unit (exclusive); for a range, past the unit of its upper end.</param>
/// <param name="Text">The value as written, sign and unit included: "+2.1%", "5.2 points", "2 BLEU points", "3x", "40-90%".</param>
/// <param name="Number">The number as written, signed, not scaled: "58.8%" is 58.8; for a range, its first end ("40-90%" is 40).</param>
/// <param name="Unit">The unit (of both ends, for a range).</param>
/// <param name="Upper">
/// The range's second end, signed, not scaled ("40-90%": 90; "+0.12 to +0.23": 0.23); null for a single number. "From X to Y"
/// is a change, not a range: two values.
/// </param>
public readonly record struct NumericValue(int Start, int End, string Text, double Number, NumberUnit Unit, double? Upper = null);
