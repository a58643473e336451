using FineTuneGraph.Rules;

using static FineTuneGraph.Extraction.Extractor;
using static FineTuneGraph.Extraction.LocalMentions;

namespace FineTuneGraph.Extraction;

/// <summary>
/// Stage 8, variants: a method name joined by hyphens to a tag ("Polyhistor-Lite", "GRPO-D") becomes a paper-local
/// method of its own, proposed when its base is; a model name joined to a method ("Mistral-ORPO-α") a derived model.
/// Reads <see cref="ExtractionWork.Mentions"/> and the entities' proposed flags (so it checks
/// <see cref="ExtractionWork.ContextTypes"/>: context rules set them first); replaces the base mention inside a variant
/// by the variant, everywhere the variant's words occur.
/// </summary>
internal sealed class VariantStage : IExtractionStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "variants";

    /// <inheritdoc/>
    public string Name => StageName;

    /// <inheritdoc/>
    public void Run(ExtractionWork work)
    {
        work.RequireOpenMentions(StageName);
        _ = work.ContextTypes;
        // One list for both: a derived model only removes mentions (each is checked again) and adds no method.
        var ordered = work.Mentions.InOrder();
        AddDerivedModels(work, ordered);
        AddVariants(work, ordered);
    }

    /// <summary>
    /// A model name joined by hyphens to a method and a tag ("Mistral-ORPO-α", "Llama-3-DPO-v2") names a checkpoint
    /// derived from that model: a paper-local model of its own, which takes the span from the names inside it. A
    /// lower-case word ("Llama-2-based", "GPT-4-generated") only qualifies the model.
    /// </summary>
    private static void AddDerivedModels(ExtractionWork work, List<Candidate> ordered)
    {
        var text = work.Document.Text;
        List<Candidate>? models = null;
        foreach (var mention in ordered)
        {
            // Only a model glued to a hyphen can start a derived name: most papers have none.
            if (mention.Type == EntityTypes.Model && mention.End < text.Length && text[mention.End] == '-')
            {
                (models ??= []).Add(mention);
            }
        }

        foreach (var model in models ?? [])
        {
            if (!work.Mentions.Contains(model))
            {
                continue;
            }

            var (start, end) = HyphenatedWord(text, model.Start, model.End);
            if (start != model.Start || end <= model.End || !HoldsAMethod(work, model.End, end) || !IsVariantOf(text, start, end, model))
            {
                continue;
            }

            ClaimLocalName(work, EntityTypes.Model, start, end, $"derived from Model '{work.Entity(model).Name}'");
        }
    }

    private static bool HoldsAMethod(ExtractionWork work, int start, int end)
    {
        var inside = new List<Candidate>();
        work.Mentions.CollectInside(start, end, inside);
        return inside.Exists(mention => mention.Type == EntityTypes.Method);
    }

    /// <summary>
    /// The hyphenated word [start, end) as a paper-local entity of its own, everywhere it occurs, taking the span from
    /// the names inside it; null when they cannot give it up.
    /// </summary>
    private static Candidate? ClaimLocalName(ExtractionWork work, string type, int start, int end, string why)
    {
        if (!work.TryClaim(start, end, "variant"))
        {
            return null;
        }

        var name = work.Document.Text[start..end];
        var local = LocalCandidate(type, name, start, end, "variant", why);
        AddEverywhere(work, local, name, caseSensitive: true);
        return local;
    }

    /// <summary>Capitalised prefixes that qualify a method rather than name a variant of it ("Post-SFT models").</summary>
    private static readonly HashSet<string> QualifyingPrefixes = new(["Pre", "Post", "Non", "Anti", "Semi"], StringComparer.Ordinal);

    /// <summary>
    /// A method name joined by hyphens to a tag ("Polyhistor-Lite", "MHR-z", "GRPO-D") or to capitalised words before
    /// it ("No-Thinking-CLS-RL") names a variant: an entity of its own that takes the span from the method inside it.
    /// A lower-case word ("DPO-based", "LoRA-style") only qualifies the method, and a word that is itself another entity
    /// ("DPO-Llama") makes a combination, not a variant.
    /// </summary>
    private static void AddVariants(ExtractionWork work, List<Candidate> ordered)
    {
        var text = work.Document.Text;
        var methods = ordered.FindAll(m => m.Type == EntityTypes.Method);
        foreach (var method in methods)
        {
            if (!work.Mentions.Contains(method))
            {
                continue;
            }

            var (start, end) = HyphenatedWord(text, method.Start, method.End);
            if ((start == method.Start && end == method.End) || !IsVariantOf(text, start, end, method)
                || work.Mentions.AnyOverlapping(start, end, method, ignoredType: GenericType))
            {
                continue;
            }

            if (ClaimLocalName(work, EntityTypes.Method, start, end, $"variant of Method '{work.Entity(method).Name}'") is { } variant
                && work.Entity(method).Proposed)
            {
                work.Entity(variant).Proposed = true;
            }
        }
    }

    /// <summary>
    /// The span grown over the letters and digits joined to it by single hyphens on either side; the span itself when
    /// that word would be longer than <see cref="MaxVariantLength"/>, which names no variant ("LoRA-LoRA-..." 200 KB
    /// long would otherwise be read again for each of its methods).
    /// </summary>
    private static (int Start, int End) HyphenatedWord(string text, int start, int end)
    {
        var (from, to) = (start, end);
        while (start >= 2 && text[start - 1] == '-' && char.IsLetterOrDigit(text[start - 2]))
        {
            start--;
            while (start > 0 && char.IsLetterOrDigit(text[start - 1]) && to - start <= MaxVariantLength)
            {
                start--;
            }

            if (to - start > MaxVariantLength)
            {
                return (from, to);
            }
        }

        while (end + 1 < text.Length && text[end] == '-' && char.IsLetterOrDigit(text[end + 1]))
        {
            end++;
            while (end < text.Length && char.IsLetterOrDigit(text[end]) && end - start <= MaxVariantLength)
            {
                end++;
            }

            if (end - start > MaxVariantLength)
            {
                return (from, to);
            }
        }

        return (start, end);
    }

    /// <summary>The longest hyphenated word that names a variant (the longest found in the test corpora and their re-written variants: 48).</summary>
    internal const int MaxVariantLength = 100;

    private static bool IsVariantOf(string text, int start, int end, Candidate method)
    {
        // Part of a path or address ("github.com/quanshr/DMoERM-v1"), not a name.
        if ((start > 0 && text[start - 1] is '/' or '\\' or '@') || (end < text.Length && text[end] == '/'))
        {
            return false;
        }

        if (method.End < end)
        {
            var suffix = text.AsSpan(method.End + 1, end - method.End - 1);
            foreach (var part in suffix.Split('-'))
            {
                if (ExtractionWork.IsModifierWord(suffix[part]))
                {
                    return false;
                }
            }
        }

        if (start < method.Start)
        {
            var prefix = text.AsSpan(start, method.Start - 1 - start);
            foreach (var part in prefix.Split('-'))
            {
                if (!char.IsUpper(prefix[part][0]))
                {
                    return false;
                }
            }

            var first = prefix.IndexOf('-') is var dash and >= 0 ? prefix[..dash] : prefix;
            if (QualifyingPrefixes.Contains(first.ToString()))
            {
                return false;
            }
        }

        return true;
    }
}
