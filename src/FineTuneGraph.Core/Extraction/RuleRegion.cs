using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

/// <summary>The part of a paper's text a rule's scope covers.</summary>
internal static class RuleRegion
{
    /// <summary>The title (the first sentence), the abstract, or the whole text, as [From, To).</summary>
    internal static (int From, int To) Of(PaperDocument document, RuleScope scope) => scope switch
    {
        RuleScope.Title => (0, document.Sentences[0].End),
        RuleScope.Abstract => (document.AbstractStart, document.Text.Length),
        _ => (0, document.Text.Length),
    };
}
