using System.Collections.Frozen;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Extraction;

/// <summary>
/// A context rule's <c>overrides</c>: the head noun or apposition types a name against what the dictionary or an acronym
/// made of it ("the RAFT benchmark" is a dataset; "VAENAR-TTS: ... Text-to-Speech Synthesis" names a method, not a task).
/// </summary>
internal static class ContextOverride
{
    /// <summary>
    /// Gives <paramref name="exact"/>'s entity the type <paramref name="type"/>: a paper-local entity wholly (every
    /// mention, its long form too); a dictionary entity only in the mentions written like the target, which become a
    /// paper-local entity of that type.
    /// </summary>
    public static void Retype(ExtractionWork work, Candidate exact, string type, string ruleId, bool proposed)
    {
        var text = work.Document.Text;
        var surface = text[exact.Start..exact.End];
        var local = exact.Origin == CandidateOrigin.Local;
        var name = local ? exact.Name : surface;
        var key = LocalKey.Of(name);
        var replacement = new Candidate(type, key, name, exact.Start, exact.End, 0, CandidateOrigin.Local, ruleId,
            $"context rule '{ruleId["context:".Length..]}' types it {type}, over {exact.Type} '{exact.Name}'", FrozenDictionary<string, string>.Empty);
        var old = work.Entities.GetValueOrDefault((exact.Type, exact.Key));
        var moved = 0;
        var orders = work.Mentions.OrdersOf(exact.Type, exact.Key).ToArray();
        foreach (var i in orders)
        {
            if (work.Mentions.At(i) is { } mention && mention.Type == exact.Type && mention.Key == exact.Key
                && (local || string.Equals(text[mention.Start..mention.End], surface, StringComparison.Ordinal)))
            {
                work.Mentions.Replace(i, replacement with { Start = mention.Start, End = mention.End, RuleId = mention == exact ? ruleId : mention.RuleId });
                moved++;
            }
        }

        var entity = work.Entity(replacement);
        entity.Proposed |= proposed || (local && old?.Proposed == true);
        if (moved == orders.Length || local)
        {
            work.Entities.Remove((exact.Type, exact.Key));
        }
    }
}
