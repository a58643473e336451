namespace FineTuneGraph.Extraction;

/// <summary>
/// One occurrence of an entity: where (in the normalised <see cref="PaperDocument.Text"/>, and in the original
/// field), which sentence, which rule found it and why.
/// </summary>
/// <param name="Start">Start in <see cref="PaperDocument.Text"/>.</param>
/// <param name="End">End (exclusive) in <see cref="PaperDocument.Text"/>.</param>
/// <param name="Surface">The text as written in the paper.</param>
/// <param name="Field">Title or abstract.</param>
/// <param name="FieldStart">Start in the original title or abstract.</param>
/// <param name="FieldEnd">End (exclusive) in the original title or abstract.</param>
/// <param name="Sentence">Sentence index (0 = title).</param>
/// <param name="RuleId">The rule that found it (<c>dict:KEY</c> for dictionary entries).</param>
/// <param name="Why">Which alias or pattern matched, for people.</param>
public sealed record Mention(
    string Type,
    string Key,
    int Start,
    int End,
    string Surface,
    TextField Field,
    int FieldStart,
    int FieldEnd,
    int Sentence,
    string RuleId,
    string Why);
