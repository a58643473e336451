using System.Text.RegularExpressions;
using FineTuneGraph.Text;

namespace FineTuneGraph.Extraction;

/// <summary>
/// The leading subordinate clause of a sentence that a rule's <c>background</c> regex matches ("When integrated with
/// X, it ..."): the names inside it are context, neither what a claim is about nor a relation's source. Shared by the
/// finding and relation rules.
/// </summary>
internal static class LeadingClause
{
    /// <summary>Where the clause ends: the sentence start when <paramref name="background"/> is null or does not match at it.</summary>
    public static int End(string text, Sentence sentence, Regex? background)
    {
        if (background is not null)
        {
            foreach (var match in background.EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
            {
                return match.Index == 0 ? sentence.Start + match.Length : sentence.Start;
            }
        }

        return sentence.Start;
    }
}
