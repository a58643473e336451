using System.Diagnostics;
using System.Text.RegularExpressions;
using FineTuneGraph.Rules;
using FineTuneGraph.Text;

namespace FineTuneGraph.Extraction;

/// <summary>
/// Stage 12, findings: claim sentences of the abstract with their numbers, subjects (the paper's methods in the
/// sentence, or else its proposed ones), comparators and metric. Reads <see cref="ExtractionWork.ExtractedEntities"/>
/// and <see cref="ExtractionWork.MentionsBySentence"/> (so it runs after <see cref="EntityStage"/>); sets
/// <see cref="ExtractionWork.Findings"/>.
/// </summary>
internal sealed partial class FindingStage(CompiledRulePack pack) : IExtractionStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "findings";

    /// <inheritdoc/>
    public string Name => StageName;

    /// <inheritdoc/>
    public void Run(ExtractionWork work) => work.Findings = FindFindings(work, work.ExtractedEntities, work.MentionsBySentence);

    private IReadOnlyList<Finding> FindFindings(ExtractionWork work, IReadOnlyList<ExtractedEntity> entities, List<Mention>?[] bySentence)
    {
        var document = work.Document;
        var findings = new List<Finding>();
        if (pack.Pack.Findings.Count == 0 || document.Sentences.Count < 2)
        {
            return findings;
        }

        var started = work.Now();
        var ruleOf = ClaimRules(work);
        var lastClaim = Array.FindLastIndex(ruleOf, rule => rule is not null);
        if (lastClaim < 0)
        {
            work.Stats?.Time("finding:" + pack.Pack.Findings[0].Id, started);
            return findings;
        }

        var proposedMethods = entities.Where(e => e.Proposed && e.Type == EntityTypes.Method).Select(e => e.Key).ToArray();
        // A claim's direction, negation and hedge come from its own sentence. The flag regexes cannot reach across a
        // sentence end (no punctuation, literal spaces), so this gives what one pass over the abstract gave.
        bool Flagged(Regex? regex, int sentence) =>
            regex is not null && pack.IsMatch(regex, document.Text, document.Sentences[sentence].Start, document.Sentences[sentence].Length);

        for (var index = 1; index < ruleOf.Length; index++)
        {
            if (ruleOf[index] is not { } rule)
            {
                continue;
            }

            var sentence = document.Sentences[index];
            var inSentence = bySentence[index] ?? [];
            var values = ValuesOutsideMentions(NumberFinder.Find(document.Text, sentence.Start, sentence.End), inSentence);
            var up = Flagged(rule.Up, index);
            var down = Flagged(rule.Down, index);
            var anchor = values.Length > 0 ? values[0].Start : sentence.Start;
            var roles = MethodRoles(document, sentence, inSentence, rule);
            var (methods, comparators) = SubjectsAndComparators(inSentence, roles, proposedMethods);
            findings.Add(new Finding(
                $"{document.Paper.Id}#{index}",
                index,
                document.OriginalText(sentence.Start, sentence.End),
                values,
                up == down ? (up && values.Any(v => v.Number < 0) ? FindingDirection.Down : up ? FindingDirection.Up : FindingDirection.None) : up ? FindingDirection.Up : FindingDirection.Down,
                Flagged(rule.Negation, index),
                Flagged(rule.Hedge, index),
                NearestMetric(inSentence, anchor)?.Key,
                Keys(inSentence, EntityTypes.Dataset),
                methods,
                Keys(inSentence, EntityTypes.Model),
                "finding:" + rule.Id)
            {
                ComparatorKeys = comparators,
                ValueSubjects = ValueSubjects(document, sentence, values, inSentence, roles, comparators, proposedMethods),
            });
        }

        work.Stats?.Time("finding:" + pack.Pack.Findings[0].Id, started);
        return findings;
    }

    /// <summary>For each abstract sentence, the first finding rule whose cue it holds (null: not a claim).</summary>
    private FindingRule?[] ClaimRules(ExtractionWork work)
    {
        var document = work.Document;
        var ruleOf = new FindingRule?[document.Sentences.Count];
        foreach (var candidate in pack.Pack.Findings)
        {
            foreach (var (spanStart, spanLength, sentence) in work.Spans(pack.Triggers, candidate, document.AbstractStart, document.Text.Length))
            {
                var span = document.Text.AsSpan(spanStart, spanLength);
                if (sentence >= 0)
                {
                    // A span of one sentence: whether the cue occurs is enough.
                    if (ruleOf[sentence] is null && pack.IsMatch(candidate.Cue, document.Text, spanStart, spanLength))
                    {
                        ruleOf[sentence] = candidate;
                    }

                    continue;
                }

                foreach (var match in candidate.Cue.EnumerateMatches(span))
                {
                    ruleOf[document.SentenceAt(spanStart + match.Index)] ??= candidate;
                }
            }
        }

        return ruleOf;
    }

    /// <summary>The numbers that are not part of a mention ("GPT-4", "Llama 3.1 8B").</summary>
    private static NumericValue[] ValuesOutsideMentions(IReadOnlyList<NumericValue> numbers, List<Mention> inSentence)
    {
        var values = new List<NumericValue>(numbers.Count);
        foreach (var value in numbers)
        {
            // The mentions are in text order and never overlap, so their ends are in order too: only the first one
            // that ends after the number starts can overlap it.
            int low = 0, high = inSentence.Count;
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                (low, high) = inSentence[middle].End > value.Start ? (low, middle) : (middle + 1, high);
            }

            if (low == inSentence.Count || inSentence[low].Start >= value.End)
            {
                values.Add(value);
            }
        }

        return [.. values];
    }

    /// <summary>
    /// The methods a claim is about, and those it compares against (<see cref="MethodRoles"/>). When every method named
    /// is a comparator or background, the subject is the paper's own method, as in "it improves over X"; with none, the
    /// background methods ("When fine-tuned with X, the model ...").
    /// </summary>
    private static (string[] Subjects, string[] Comparators) SubjectsAndComparators(List<Mention> inSentence, MethodRole[] roles, string[] proposedMethods)
    {
        var subjectMentions = new List<Mention>();
        var comparatorMentions = new List<Mention>();
        var backgroundMentions = new List<Mention>();
        for (var i = 0; i < inSentence.Count; i++)
        {
            (roles[i] switch
            {
                MethodRole.Subject => subjectMentions,
                MethodRole.Comparator => comparatorMentions,
                MethodRole.Background => backgroundMentions,
                _ => null,
            })?.Add(inSentence[i]);
        }

        var comparators = Keys(comparatorMentions, EntityTypes.Method);
        var subjects = Keys(subjectMentions, EntityTypes.Method);
        subjects = comparators.Length == 0 ? subjects : Array.FindAll(subjects, key => Array.IndexOf(comparators, key) < 0);
        return (subjects.Length > 0 ? subjects : proposedMethods.Length > 0 ? proposedMethods : Keys(backgroundMentions, EntityTypes.Method), comparators);
    }

    /// <summary>
    /// The role of each method mention of a claim sentence: a comparator when the words between the previous mention
    /// (or the sentence start) and it end as the rule's comparator says ("improves over X"), or when it continues a
    /// comparator's list ("over X, Y and Z"); background when it lies in
    /// the leading clause the rule's background regex matches ("When integrated with X, it ...") or names data
    /// ("CLAIR preferences"); else a subject.
    /// </summary>
    private MethodRole[] MethodRoles(PaperDocument document, Sentence sentence, List<Mention> inSentence, FindingRule rule)
    {
        var roles = new MethodRole[inSentence.Count];
        var backgroundEnd = LeadingClause.End(document.Text, sentence, rule.Background);
        var previousEnd = -1;
        var previousComparator = false;
        for (var i = 0; i < inSentence.Count; i++)
        {
            var mention = inSentence[i];
            if (mention.Type == EntityTypes.Method)
            {
                // The comparator ends right before the method: the last words of the gap are enough to decide.
                var from = previousEnd < 0 ? sentence.Start : previousEnd;
                var window = Math.Min(Math.Max(0, mention.Start - from), ComparatorWindow);
                roles[i] = (rule.Comparator is not null && pack.IsMatch(rule.Comparator, document.Text, mention.Start - window, window))
                    || (previousComparator && ContinuesList(document.Text, from, mention)) ? MethodRole.Comparator
                    : mention.End <= backgroundEnd || IsData(document.Text, mention, rule.DataAfter) ? MethodRole.Background
                    : MethodRole.Subject;
                previousComparator = roles[i] == MethodRole.Comparator;
            }
            else if (previousComparator && previousEnd >= 0)
            {
                // A model or dataset in the list keeps it going ("over SayCan, OpenVLA and VoxPoser"); other words end it.
                previousComparator = IsListJoint(document.Text.AsSpan(previousEnd, Math.Max(0, mention.Start - previousEnd)));
            }

            previousEnd = mention.End;
        }

        return roles;
    }

    /// <summary>"32K CLAIR preferences": the method names data it made (the rule's <c>data_after</c> right after it).</summary>
    private bool IsData(string text, Mention mention, Regex? dataAfter) =>
        dataAfter is not null && pack.IsMatch(dataAfter, text, mention.End, Math.Min(DataWindow, text.Length - mention.End));

    /// <summary>How far after a method <c>data_after</c> looks: a space and one data word.</summary>
    private const int DataWindow = 24;

    /// <summary>
    /// Whether <paramref name="mention"/> is the next item of a list after the mention that ends at <paramref name="from"/>:
    /// joined by "and"/"or", or by a comma when the list goes on after it ("over X, Y and Z"; but not "such as X, Y achieves").
    /// </summary>
    private static bool ContinuesList(string text, int from, Mention mention)
    {
        var gap = text.AsSpan(from, Math.Max(0, mention.Start - from)).Trim();
        if (!IsListJoint(gap))
        {
            return false;
        }

        if (gap is not ("," or "/"))
        {
            return true;
        }

        var rest = text.AsSpan(mention.End, Math.Min(5, text.Length - mention.End));
        return rest.StartsWith(",") || rest.StartsWith(" and ") || rest.StartsWith(" or ") || rest.StartsWith("/");
    }

    /// <summary>The words between two items of a list: ", ", " and ", ", or " (a comparator's list: "over X, Y and Z").</summary>
    private static bool IsListJoint(ReadOnlySpan<char> gap)
    {
        var words = gap.Trim();
        return words.IsEmpty || words is "," or "and" or "or" or ", and" or ", or" or "/";
    }

    /// <summary>How much of the text before a method the comparator sees ("compared to the existing fine-tuning techniques such as ").</summary>
    private const int ComparatorWindow = 80;

    /// <summary>The metric nearest to the anchor; the first of equally near ones.</summary>
    private static Mention? NearestMetric(List<Mention> inSentence, int anchor)
    {
        Mention? nearest = null;
        foreach (var mention in inSentence)
        {
            if (mention.Type == EntityTypes.Metric && (nearest is null || Math.Abs(mention.Start - anchor) < Math.Abs(nearest.Start - anchor)))
            {
                nearest = mention;
            }
        }

        return nearest;
    }

    /// <summary>The distinct keys of the mentions of a type, in order (a sentence holds a handful: a list beats a set, up to a point).</summary>
    private static string[] Keys(List<Mention> mentions, string type)
    {
        List<string>? keys = null;
        HashSet<string>? seen = null;
        foreach (var mention in mentions)
        {
            if (mention.Type != type)
            {
                continue;
            }

            keys ??= [];
            if (seen is null && keys.Count == ListedKeys)
            {
                seen = new HashSet<string>(keys, StringComparer.Ordinal);
            }

            if (seen is null ? !keys.Contains(mention.Key, StringComparer.Ordinal) : seen.Add(mention.Key))
            {
                keys.Add(mention.Key);
            }
        }

        return keys is null ? [] : [.. keys];
    }

    /// <summary>Keys looked up in a list before a set takes over (a sentence of thousands of names).</summary>
    private const int ListedKeys = 16;
}
