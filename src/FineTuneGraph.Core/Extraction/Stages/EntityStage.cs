namespace FineTuneGraph.Extraction;

/// <summary>
/// Stage 10, entities: the accepted mentions grouped into the paper's entities (generic matches rejected and dropped),
/// each mention with its field, span, sentence and original text. Reads <see cref="ExtractionWork.Mentions"/> and
/// <see cref="ExtractionWork.Entities"/>; sets <see cref="ExtractionWork.ExtractedEntities"/> and
/// <see cref="ExtractionWork.MentionsBySentence"/>, after which no stage may change mentions.
/// </summary>
internal sealed class EntityStage : IExtractionStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "entities";

    /// <inheritdoc/>
    public string Name => StageName;

    /// <inheritdoc/>
    public void Run(ExtractionWork work)
    {
        work.RequireOpenMentions(StageName);
        var entities = Canonicalize(work);
        work.ExtractedEntities = entities;
        work.MentionsBySentence = MentionsBySentence(work.Document, entities);
    }

    private static IReadOnlyList<ExtractedEntity> Canonicalize(ExtractionWork work)
    {
        var document = work.Document;
        var mentions = work.Mentions.InOrder();
        foreach (var generic in mentions.Where(m => m.Type == Extractor.GenericType))
        {
            work.Reject(generic, $"{generic.Why}: never an entity (generic list)");
        }

        return mentions
            .Where(m => m.Type != Extractor.GenericType)
            .OrderBy(m => m.Start)
            .GroupBy(m => (m.Type, m.Key))
            .Select(group =>
            {
                var state = work.Entities[group.Key];
                var mentions = group.Select(m =>
                {
                    var (field, start, end) = document.ToField(m.Start, m.End);
                    return new Mention(m.Type, m.Key, m.Start, m.End, document.OriginalText(m.Start, m.End), field, start, end, document.SentenceAt(m.Start), m.RuleId, m.Why);
                }).ToArray();
                return new ExtractedEntity(group.Key.Type, group.Key.Key, state.Name, state.Attributes, mentions, state.Proposed, state.Local);
            })
            .ToArray();
    }

    /// <summary>Each sentence's mentions in text order; null for a sentence without any.</summary>
    private static List<Mention>?[] MentionsBySentence(PaperDocument document, IReadOnlyList<ExtractedEntity> entities)
    {
        var all = new List<Mention>();
        foreach (var entity in entities)
        {
            all.AddRange(entity.Mentions);
        }

        var ordered = all.OrderBy(m => m.Start);
        var bySentence = new List<Mention>?[document.Sentences.Count];
        foreach (var mention in ordered)
        {
            (bySentence[mention.Sentence] ??= []).Add(mention);
        }

        return bySentence;
    }
}
