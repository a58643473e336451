using FineTuneGraph.Rules;
using FineTuneGraph.Text;

namespace FineTuneGraph.Extraction;

internal sealed partial class FindingStage
{
    /// <summary>What a method mention is to a claim.</summary>
    private enum MethodRole
    {
        /// <summary>Not a method.</summary>
        None,

        /// <summary>What the claim is about.</summary>
        Subject,

        /// <summary>The baseline it is compared with ("improves over X").</summary>
        Comparator,

        /// <summary>Named in a leading subordinate clause ("When integrated with X, it ...").</summary>
        Background,
    }

    /// <summary>
    /// What each value of a claim is about. The sentence is cut into one part per value, at the first clause break
    /// after each value (a comma, semicolon, colon, parenthesis, "and", "while", "whereas", "but"): "3% in GSM8K accuracy
    /// | and 1% in MATH accuracy". Each field is the mention of its type nearest the value within its part, else within
    /// the sentence. A value in parentheses right after a method or model ("outperforming RFT (53.6%)") is that
    /// entity's. The method is otherwise the first subject (neither comparator nor background) of its part, else of the
    /// sentence, else the paper's own. Mentions are in text order and never overlap, so each look-up is a binary search:
    /// a sentence of thousands of numbers and names stays linear.
    /// </summary>
    private static FindingValue[] ValueSubjects(
        PaperDocument document, Sentence sentence, NumericValue[] values, List<Mention> inSentence, MethodRole[] roles, string[] comparators, string[] proposedMethods)
    {
        if (values.Length == 0)
        {
            return [];
        }

        List<Mention> metrics = [], datasets = [], models = [], methods = [], subjects = [];
        for (var i = 0; i < inSentence.Count; i++)
        {
            var mention = inSentence[i];
            (mention.Type switch
            {
                EntityTypes.Metric => metrics,
                EntityTypes.Dataset => datasets,
                EntityTypes.Model => models,
                EntityTypes.Method => methods,
                _ => null,
            })?.Add(mention);
            if (roles[i] == MethodRole.Subject && Array.IndexOf(comparators, mention.Key) < 0)
            {
                subjects.Add(mention);
            }
        }

        var text = document.Text;
        var result = new FindingValue[values.Length];
        var partStart = sentence.Start;
        for (var i = 0; i < values.Length; i++)
        {
            var value = values[i];
            var partEnd = i + 1 < values.Length ? ClauseBreak(text, value.End, values[i + 1].Start) : sentence.End;
            var owner = OwnerInParentheses(text, inSentence, value);
            var model = owner is { Type: EntityTypes.Model } ? owner : Nearest(models, value, partStart, partEnd, sentence);
            FindingReference? method;
            if (owner is not null)
            {
                method = owner.Type == EntityTypes.Method ? Reference(owner) : null;
            }
            else
            {
                method = Reference(FirstIn(subjects, partStart, partEnd) ?? (subjects.Count > 0 ? subjects[0] : null))
                    ?? (proposedMethods.Length > 0 ? new FindingReference(proposedMethods[0], null) : Reference(Nearest(methods, value, sentence.Start, sentence.End, sentence)));
            }

            result[i] = new FindingValue(
                value,
                Reference(Nearest(metrics, value, partStart, partEnd, sentence)),
                Reference(Nearest(datasets, value, partStart, partEnd, sentence)),
                method,
                Reference(model));
            partStart = partEnd;
        }

        return result;
    }

    private static FindingReference? Reference(Mention? mention) => mention is null ? null : new FindingReference(mention.Key, mention.Surface);

    /// <summary>The first clause break in [<paramref name="from"/>, <paramref name="to"/>), or <paramref name="to"/>.</summary>
    private static int ClauseBreak(string text, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            var c = text[j];
            if (c is ',' or ';' or ':' or '(' or ')')
            {
                return j;
            }

            if (c == ' ' && (IsWordAt(text, j + 1, to, "and") || IsWordAt(text, j + 1, to, "while") || IsWordAt(text, j + 1, to, "whereas") || IsWordAt(text, j + 1, to, "but")))
            {
                return j;
            }
        }

        return to;
    }

    private static bool IsWordAt(string text, int at, int limit, string word) =>
        at + word.Length < limit
        && string.CompareOrdinal(text, at, word, 0, word.Length) == 0
        && !char.IsLetterOrDigit(text[at + word.Length]);

    /// <summary>The method or model that a value in parentheses follows: "RFT (53.6%)", "GPT-4 (35.6%)".</summary>
    private static Mention? OwnerInParentheses(string text, List<Mention> inSentence, NumericValue value)
    {
        var j = value.Start - 1;
        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }

        if (j < 0 || text[j] != '(')
        {
            return null;
        }

        j--;
        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }

        // Ends are in order as starts are: the first mention ending at or after j + 1 is the only candidate.
        int low = 0, high = inSentence.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = inSentence[middle].End >= j + 1 ? (low, middle) : (middle + 1, high);
        }

        return low < inSentence.Count && inSentence[low].End == j + 1 && inSentence[low].Type is EntityTypes.Method or EntityTypes.Model ? inSentence[low] : null;
    }

    /// <summary>The mention nearest the value in [start, end), else in the sentence.</summary>
    private static Mention? Nearest(List<Mention> mentions, NumericValue value, int start, int end, Sentence sentence) =>
        NearestIn(mentions, value, start, end) ?? (start == sentence.Start && end == sentence.End ? null : NearestIn(mentions, value, sentence.Start, sentence.End));

    /// <summary>The mention in [start, end) whose gap to the value is smallest (the one before it, of equal ones): the last one before the value or the first one after it.</summary>
    private static Mention? NearestIn(List<Mention> mentions, NumericValue value, int start, int end)
    {
        var after = LowerBound(mentions, value.Start);
        var before = after > 0 && mentions[after - 1].Start >= start ? mentions[after - 1] : null;
        var next = after < mentions.Count && mentions[after].Start < end ? mentions[after] : null;
        if (before is null || next is null)
        {
            return before ?? next;
        }

        return next.Start - value.End < value.Start - before.End ? next : before;
    }

    /// <summary>The first mention that starts in [start, end).</summary>
    private static Mention? FirstIn(List<Mention> mentions, int start, int end)
    {
        var first = LowerBound(mentions, start);
        return first < mentions.Count && mentions[first].Start < end ? mentions[first] : null;
    }

    /// <summary>The index of the first mention that starts at or after <paramref name="position"/>.</summary>
    private static int LowerBound(List<Mention> mentions, int position)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = mentions[middle].Start >= position ? (low, middle) : (middle + 1, high);
        }

        return low;
    }
}
