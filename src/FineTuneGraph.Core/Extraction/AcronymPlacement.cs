using static FineTuneGraph.Extraction.Extractor;
using static FineTuneGraph.Extraction.LocalMentions;

namespace FineTuneGraph.Extraction;

/// <summary>
/// Places one paper-local acronym definition, "Long Form (LF)": a known form lends its entity to the other form, two
/// known forms become one entity, and two unknown forms become a local entity when the long form's head word names a
/// type. Shared by <see cref="AcronymStage"/> and <see cref="AcronymsAgainStage"/>.
/// </summary>
internal sealed class AcronymPlacement(CompiledRulePack pack)
{
    /// <summary>Places the definition; false when neither form is known and it creates nothing.</summary>
    public bool TryPlaceAcronym(ExtractionWork work, AcronymDefinition definition, bool allowCreate, string? namedType = null)
    {
        var text = work.Document.Text;
        var shortForm = text[definition.ShortStart..definition.ShortEnd];
        var longForm = text[definition.LongStart..definition.LongEnd];
        var atShort = work.Overlapping(definition.ShortStart, definition.ShortEnd);
        // A known entity lends itself only when it is the whole long form: "Self-to-Supervised Fine-Tuning (S3FT)"
        // ends with "Supervised Fine-Tuning" but names something new.
        // A known name that ends the long form and starts at or before it ("prompt-based fine-tuning (FN)", where
        // the letters stop at "fine-tuning") is what the acronym names.
        var atLong = work.Mentions.EndingAt(definition.LongEnd) is { } ending && ending.Start <= definition.LongStart ? ending : null;

        if (atLong is not null && atShort is null)
        {
            var candidate = atLong with { Start = definition.ShortStart, End = definition.ShortEnd, RuleId = "acronym", Why = $"acronym of '{longForm}'" };
            AddEverywhere(work, candidate, shortForm, caseSensitive: true);
            return true;
        }

        if (atShort is not null && atLong is null && atShort.Start == definition.ShortStart && atShort.End == definition.ShortEnd)
        {
            RemoveInside(work, definition.LongStart, definition.LongEnd, $"part of the long form '{longForm}' of {atShort.Type} '{shortForm}'");
            var candidate = atShort with { Start = definition.LongStart, End = definition.LongEnd, RuleId = "acronym", Why = $"long form of '{shortForm}'" };
            if (work.LongFormsPlaced.Add(PlacedKey(candidate, longForm)))
            {
                AddEverywhere(work, candidate, longForm, caseSensitive: false);
                MergeLocalNamesOf(work, candidate, longForm);
            }
            else if (work.Overlapping(definition.LongStart, definition.LongEnd) is null)
            {
                work.Mentions.Add(candidate);
            }

            return true;
        }

        if (atShort is not null && atLong is null && TryPlaceVariantAcronym(work, definition, atShort))
        {
            return true;
        }

        if (atShort is not null && atLong is not null)
        {
            MergeDefinedForms(work, atShort, atLong);
            return true;
        }

        if (atShort is not null || atLong is not null)
        {
            return true;
        }

        if (!allowCreate)
        {
            return false;
        }

        var head = HeadWord(text, definition);
        if (namedType is null && !pack.HeadTypes.TryGetValue(head, out namedType)
            && !(head.EndsWith('s') && pack.HeadTypes.TryGetValue(head[..^1], out namedType))
            && (namedType = HeadEntityType(work, definition)) is null)
        {
            return false;
        }

        var type = namedType;

        var name = shortForm.EndsWith('s') && shortForm.Length > 2 && char.IsUpper(shortForm[^2]) ? shortForm[..^1] : shortForm;
        RemoveInside(work, definition.LongStart, definition.LongEnd, $"part of the long form '{longForm}' of new {type} '{name}'");
        var local = LocalCandidate(type, name, definition.ShortStart, definition.ShortEnd, "acronym", $"acronym defined as '{longForm}' (head word '{head}')");
        AddEverywhere(work, local, shortForm, caseSensitive: true);
        AddEverywhere(work, local with { Start = definition.LongStart, End = definition.LongEnd, Why = $"long form of '{shortForm}'" }, longForm, caseSensitive: false);
        MergeLocalNamesOf(work, local, longForm);
        return true;
    }

    /// <summary>The key of a long form placed for an entity, in <see cref="ExtractionWork.LongFormsPlaced"/>.</summary>
    private static string PlacedKey(Candidate entity, string longForm) => entity.Type + "\u0000" + entity.Key + "\u0000" + longForm;

    /// <summary>
    /// "Recursive Introspection: Teaching ..." in the title, "RISE: Recursive IntroSpEction" in the abstract: a
    /// paper-local entity that a rule made of exactly the long form elsewhere (in any case) is the acronym's entity.
    /// </summary>
    private static void MergeLocalNamesOf(ExtractionWork work, Candidate local, string longForm)
    {
        foreach (var (start, end) in Occurrences(work, longForm, caseSensitive: false).ToArray())
        {
            if (work.Overlapping(start, end) is { } held && held.Start == start && held.End == end && held.Key != local.Key
                && work.Entities.ContainsKey((local.Type, local.Key)))
            {
                MergeDefinedForms(work, local, held);
            }
        }
    }

    /// <summary>
    /// "Group Relative Policy Optimization with a dynamic Kullback-Leibler strategy (GRPO-D)": a short form that holds a
    /// known entity inside it, defined by a long form that names the same entity, is a variant of that entity.
    /// </summary>
    private static bool TryPlaceVariantAcronym(ExtractionWork work, AcronymDefinition definition, Candidate inner)
    {
        if (inner.Type == GenericType || inner.Start < definition.ShortStart || inner.End > definition.ShortEnd
            || !HasMentionInside(work, inner, definition.LongStart, definition.LongEnd)
            || !work.TryClaim(definition.ShortStart, definition.ShortEnd, "acronym"))
        {
            return false;
        }

        var text = work.Document.Text;
        var shortForm = text[definition.ShortStart..definition.ShortEnd];
        var longForm = text[definition.LongStart..definition.LongEnd];
        RemoveInside(work, definition.LongStart, definition.LongEnd, $"part of the long form '{longForm}' of the variant '{shortForm}'");
        var baseName = work.Entity(inner).Name;
        var local = LocalCandidate(inner.Type, shortForm, definition.ShortStart, definition.ShortEnd, "acronym", $"acronym defined as '{longForm}', a variant of {inner.Type} '{baseName}'");
        AddEverywhere(work, local, shortForm, caseSensitive: true);
        AddEverywhere(work, local with { Start = definition.LongStart, End = definition.LongEnd, Why = $"long form of '{shortForm}'" }, longForm, caseSensitive: false);
        MergeLocalNamesOf(work, local, longForm);
        return true;
    }

    /// <summary>
    /// "Resolving Interference (RI)" where a rule already made each form a paper-local entity: the two are one. The
    /// long form joins a known short form, and otherwise the acronym names the entity.
    /// </summary>
    private static void MergeDefinedForms(ExtractionWork work, Candidate atShort, Candidate atLong)
    {
        if (atShort.Type != atLong.Type || atShort.Key == atLong.Key || atShort.Type == GenericType)
        {
            return;
        }

        var (from, into) = atLong.Origin == CandidateOrigin.Local ? (atLong, atShort)
            : atShort.Origin == CandidateOrigin.Local ? (atShort, atLong)
            : (null, null);
        if (from is null || into is null)
        {
            return;
        }

        var target = work.Entity(into);
        target.Proposed |= work.Entity(from).Proposed;
        foreach (var i in work.Mentions.OrdersOf(from.Type, from.Key).ToArray())
        {
            if (work.Mentions.At(i) is { } mention && mention.Type == from.Type && mention.Key == from.Key)
            {
                work.Mentions.Replace(i, mention with { Key = into.Key, Name = into.Name, Attributes = into.Attributes, Why = $"{mention.Why}; one entity with '{target.Name}' by its acronym definition" });
            }
        }

        work.Entities.Remove((from.Type, from.Key));
    }

    private static void RemoveInside(ExtractionWork work, int start, int end, string reason)
    {
        var inside = new List<Candidate>();
        work.Mentions.CollectInside(start, end, inside);
        foreach (var inner in inside)
        {
            work.Mentions.Remove(inner);
            work.Reject(inner, reason);
        }
    }

    /// <summary>"multi-objective RLHF (MORLHF)": a long form ending in a known method names a method.</summary>
    private static string? HeadEntityType(ExtractionWork work, AcronymDefinition definition) =>
        work.Mentions.EndingAt(definition.LongEnd) is { } head && head.Start > definition.LongStart && head.Type != GenericType ? head.Type : null;

    /// <summary>Whether a mention of the entity of <paramref name="inner"/> lies inside [start, end).</summary>
    private static bool HasMentionInside(ExtractionWork work, Candidate inner, int start, int end)
    {
        var inside = new List<Candidate>();
        work.Mentions.CollectInside(start, end, inside);
        foreach (var m in inside)
        {
            if (m.Type == inner.Type && m.Key == inner.Key)
            {
                return true;
            }
        }

        return false;
    }

    internal static string HeadWord(string text, AcronymDefinition definition)
    {
        var words = Tokenizer.Words(text[definition.LongStart..definition.LongEnd]);
        return words.Count == 0 ? string.Empty : words[^1].ToLowerInvariant();
    }
}
