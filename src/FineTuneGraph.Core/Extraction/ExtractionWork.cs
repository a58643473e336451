namespace FineTuneGraph.Extraction;

/// <summary>The working state of one paper's extraction; created and discarded inside <see cref="Extractor.Extract"/>.</summary>
internal sealed class ExtractionWork(PaperDocument document, RuleStats? stats) : IDisposable
{
    public PaperDocument Document { get; } = document;

    /// <summary>Where rule timings go, when they are wanted.</summary>
    public RuleStats? Stats { get; } = stats;

    /// <summary>Accepted mentions, kept free of overlaps.</summary>
    public AcceptedMentions Mentions { get; } = new(document.Text.Length);

    public List<Rejection> Rejections { get; } = [];

    public void Dispose() => Mentions.Dispose();

    private WordPositions? _wordPositions;

    /// <summary>Where each word occurs, built when a rule first looks for a name's other occurrences.</summary>
    public WordPositions WordPositions => _wordPositions ??= new WordPositions(Document);

    /// <summary>A timestamp for <see cref="RuleStats.Time"/>; 0 when no one times the rules.</summary>
    public long Now() => Stats is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();

    private bool[][]? _active;
    private int[][] _firstLead = [];
    private readonly List<(int Start, int Length, int Sentence)> _spans = [];

    private int[]? _lowerWords;

    /// <summary>Each token's lower-case form's number in the dictionary's word table; set by <see cref="DictionaryStage"/>.</summary>
    public int[] LowerWords
    {
        get => _lowerWords ?? throw new StageOrderException(nameof(LowerWords), DictionaryStage.StageName);
        set => _lowerWords = value;
    }

    private List<Candidate>? _candidates;

    /// <summary>
    /// Possible mentions before overlaps are resolved: set by <see cref="DictionaryStage"/>, grown by
    /// <see cref="PatternStage"/>, and taken (then gone) by <see cref="OverlapStage"/>.
    /// </summary>
    public List<Candidate> Candidates
    {
        get => _candidates ?? (MentionsResolved
            ? throw new InvalidOperationException($"'{OverlapStage.StageName}' already took the candidates: no stage adds any after it.")
            : throw new StageOrderException(nameof(Candidates), DictionaryStage.StageName));
        set => _candidates = value;
    }

    /// <summary>How many candidates wait for overlap resolution (0 before the dictionary stage and after overlaps).</summary>
    public int CandidateCount => _candidates?.Count ?? 0;

    /// <summary>How many relations and findings the work holds so far.</summary>
    public (int Relations, int Findings) Results => (_relations?.Count ?? 0, _findings?.Count ?? 0);

    /// <summary>Takes the candidates for overlap resolution; from then on <see cref="Mentions"/> holds the accepted ones.</summary>
    public List<Candidate> TakeCandidates()
    {
        var candidates = Candidates;
        if (!PatternCandidatesAdded)
        {
            throw new StageOrderException("The pattern candidates", PatternStage.StageName);
        }

        _candidates = null;
        MentionsResolved = true;
        return candidates;
    }

    /// <summary>Whether <see cref="PatternStage"/> has added its candidates to <see cref="Candidates"/>.</summary>
    public bool PatternCandidatesAdded { get; set; }

    /// <summary>Whether <see cref="OverlapStage"/> has filled <see cref="Mentions"/> from the candidates.</summary>
    public bool MentionsResolved { get; private set; }

    /// <summary>
    /// Checks that the accepted mentions can still change: overlaps were resolved and the entities were not yet built
    /// from them. Every stage that changes mentions calls it first.
    /// </summary>
    public void RequireOpenMentions(string stage)
    {
        if (!MentionsResolved)
        {
            throw new StageOrderException("The accepted mentions that '" + stage + "' changes", OverlapStage.StageName);
        }

        if (_extractedEntities is not null)
        {
            throw new InvalidOperationException($"'{stage}' changes mentions after '{EntityStage.StageName}' built the entities from them: the stage order is wrong.");
        }
    }

    private List<AcronymDefinition>? _pendingAcronyms;

    /// <summary>Acronym definitions <see cref="AcronymStage"/> could not place, for <see cref="AcronymsAgainStage"/>.</summary>
    public List<AcronymDefinition> PendingAcronyms
    {
        get => _pendingAcronyms ?? throw new StageOrderException(nameof(PendingAcronyms), AcronymStage.StageName);
        set => _pendingAcronyms = value;
    }

    /// <summary>
    /// Long forms the acronym stages already added everywhere to their entity (by entity and form, case-insensitive):
    /// a definition repeated thousands of times looks through the paper once.
    /// </summary>
    public HashSet<string> LongFormsPlaced => _longFormsPlaced ??= new(StringComparer.OrdinalIgnoreCase);

    private HashSet<string>? _longFormsPlaced;

    private IReadOnlyList<ExtractedEntity>? _extractedEntities;

    /// <summary>The paper's entities with their mentions, built by <see cref="EntityStage"/> from the accepted mentions.</summary>
    public IReadOnlyList<ExtractedEntity> ExtractedEntities
    {
        get => _extractedEntities ?? throw new StageOrderException(nameof(ExtractedEntities), EntityStage.StageName);
        set => _extractedEntities = value;
    }

    private List<Mention>?[]? _mentionsBySentence;

    /// <summary>Each sentence's mentions in text order (null for a sentence without any); set by <see cref="EntityStage"/>.</summary>
    public List<Mention>?[] MentionsBySentence
    {
        get => _mentionsBySentence ?? throw new StageOrderException(nameof(MentionsBySentence), EntityStage.StageName);
        set => _mentionsBySentence = value;
    }

    private IReadOnlyList<ExtractedRelation>? _relations;

    /// <summary>The paper's relations; set by <see cref="RelationStage"/>.</summary>
    public IReadOnlyList<ExtractedRelation> Relations
    {
        get => _relations ?? throw new StageOrderException(nameof(Relations), RelationStage.StageName);
        set => _relations = value;
    }

    private IReadOnlyList<Finding>? _findings;

    /// <summary>The paper's findings; set by <see cref="FindingStage"/>.</summary>
    public IReadOnlyList<Finding> Findings
    {
        get => _findings ?? throw new StageOrderException(nameof(Findings), FindingStage.StageName);
        set => _findings = value;
    }

    /// <summary>
    /// The spans a rule runs on: all of its region (sentence -1), or each sentence holding one of its triggers
    /// (with its index). A rule whose matches all start with one of a few words (<see cref="LeadingWords"/>) skips
    /// sentences without one and starts at the first, keeping the character before it for <c>\b</c>. The list is
    /// reused: it holds until the next call.
    /// </summary>
    public List<(int Start, int Length, int Sentence)> Spans(TriggerIndex triggers, object rule, int from, int to)
    {
        _spans.Clear();
        var slot = triggers.SlotOf(rule);
        if (slot < 0)
        {
            _spans.Add((from, to - from, -1));
            return _spans;
        }

        if (_active is null)
        {
            var started = Now();
            _active = triggers.Activate(Document, LowerWords, out _firstLead);
            Stats?.Time("triggers (all rules)", started);
        }

        var active = _active[slot];
        var lead = triggers.LeadOf(slot);
        foreach (var s in Document.Sentences)
        {
            if (!active[s.Index] || s.Start < from || s.End > to)
            {
                continue;
            }

            var start = s.Start;
            if (lead >= 0 && !TokenCrosses(s.Start) && !TokenCrosses(s.End))
            {
                var first = _firstLead[lead][s.Index];
                if (first < 0 || first >= s.End)
                {
                    continue;
                }

                start = first > s.Start ? first - 1 : s.Start;
            }

            _spans.Add((start, s.End - start, s.Index));
        }

        return _spans;
    }

    /// <summary>Whether a token runs across the position, which a sentence then starts or ends inside of.</summary>
    private bool TokenCrosses(int position) =>
        position > 0 && position < Document.Text.Length && Tokenizer.ContinuesWord(Document.Text[position - 1]) && Tokenizer.ContinuesWord(Document.Text[position]);

    private readonly Dictionary<(System.Text.RegularExpressions.Regex, int), List<(int Start, int End)>> _matches = [];

    /// <summary>Shared by every sentence where a regex cannot match; never written.</summary>
    private static readonly List<(int Start, int End)> NoMatches = [];

    /// <summary>
    /// The spans a regex matches in a sentence, computed once per paper (exclusions of many aliases share a sentence),
    /// and none where the pack's quick test says it cannot match.
    /// </summary>
    public List<(int Start, int End)> MatchesOf(CompiledRulePack pack, System.Text.RegularExpressions.Regex regex, int sentenceIndex)
    {
        if (!_matches.TryGetValue((regex, sentenceIndex), out var spans))
        {
            var sentence = Document.Sentences[sentenceIndex];
            spans = NoMatches;
            if (pack.MayMatch(regex, Document.Text, sentence.Start, sentence.Length))
            {
                spans = [];
                foreach (var match in regex.EnumerateMatches(Document.Text.AsSpan(sentence.Start, sentence.Length)))
                {
                    spans.Add((sentence.Start + match.Index, sentence.Start + match.Index + match.Length));
                }
            }

            _matches[(regex, sentenceIndex)] = spans;
        }

        return spans;
    }

    private Dictionary<(int Start, int End), string>? _contextTypes;

    /// <summary>
    /// Spans a context rule named without creating an entity there, with the type the rule gives them; created by
    /// <see cref="ContextStage"/>, so reading it also checks that context rules (and the proposed flags they set) ran.
    /// </summary>
    public Dictionary<(int Start, int End), string> ContextTypes
    {
        get => _contextTypes ?? throw new StageOrderException(nameof(ContextTypes), ContextStage.StageName);
        set => _contextTypes = value;
    }

    /// <summary>
    /// Of <see cref="ContextTypes"/>, the spans a proposal rule named ("we propose ... (FM3)"): the entity an acronym
    /// definition later makes there is the paper's own.
    /// </summary>
    public HashSet<(int Start, int End)> ContextProposals => _contextProposals ??= [];

    private HashSet<(int Start, int End)>? _contextProposals;

    /// <summary>Whether any proposal rule named a span (without allocating the set).</summary>
    public bool HasContextProposals => _contextProposals is { Count: > 0 };

    /// <summary>Name, attributes and flags of each entity seen, by (type, key).</summary>
    public Dictionary<(string Type, string Key), EntityState> Entities { get; } = [];

    public void Reject(Candidate candidate, string reason) =>
        Rejections.Add(new Rejection(candidate.Type, candidate.Key, candidate.Start, candidate.End, Document.Text[candidate.Start..candidate.End], candidate.RuleId, reason));

    public EntityState Entity(Candidate candidate)
    {
        if (!Entities.TryGetValue((candidate.Type, candidate.Key), out var state))
        {
            state = new EntityState(candidate.Name, new Dictionary<string, string>(candidate.Attributes, StringComparer.Ordinal), candidate.Origin == CandidateOrigin.Local);
            Entities[(candidate.Type, candidate.Key)] = state;
        }

        return state;
    }

    /// <summary>The accepted mention overlapping [start, end), if any.</summary>
    public Candidate? Overlapping(int start, int end) => Mentions.FirstOverlapping(start, end);

    /// <summary>
    /// Lets a coined word found by context ("CLS-RL", "SFR-Iterative-DPO-LLaMA-3-8B-R") take its span from the shorter
    /// matches inside it. A word ending in a lower-case word ("LoRA-based") is a modifier, not a name, and claims
    /// nothing (a one- or two-letter tag, as in "MHR-z" or "MHR-mu", names a variant); neither does a phrase, whose
    /// words keep their own matches.
    /// </summary>
    public bool TryClaim(int start, int end, string ruleId)
    {
        var inside = new List<Candidate>();
        Mentions.CollectOverlapping(start, end, inside);
        if (inside.Count == 0)
        {
            return true;
        }

        var name = Document.Text.AsSpan(start, end - start);
        var coinedWord = !name.ContainsAny(' ', '\n') && !IsModifierWord(name[(name.LastIndexOf('-') + 1)..]);
        if (!coinedWord || !AllShorterInside(inside, start, end))
        {
            return false;
        }

        // One reason for all: a name of 100 KB claiming thousands of mentions is written once.
        var reason = $"inside the name '{name}' found by {ruleId}";
        foreach (var mention in inside)
        {
            Mentions.Remove(mention);
            Reject(mention, reason);
        }

        return true;
    }

    private static bool AllShorterInside(List<Candidate> mentions, int start, int end)
    {
        foreach (var m in mentions)
        {
            if (m.Start < start || m.End > end || m.End - m.Start >= end - start)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A lower-case word of three letters or more: based, free, tuned, style. Release tags ("PPO-max", "X-mini",
    /// "Y-lite") name a variant instead.
    /// </summary>
    internal static bool IsModifierWord(ReadOnlySpan<char> part) =>
        part.Length > 2 && !part.ContainsAnyExceptInRange('a', 'z') && !VariantTags.GetAlternateLookup<ReadOnlySpan<char>>().Contains(part);

    /// <summary>Lower-case words that tag a release or variant of a name rather than qualify it.</summary>
    private static readonly HashSet<string> VariantTags =
        new(["max", "min", "mini", "lite", "plus", "pro", "tiny", "nano", "ultra", "turbo", "large", "small", "base", "fast", "zero", "star", "flash"], StringComparer.Ordinal);

    private Candidate? _lastWinner;
    private string _lostToLastWinner = string.Empty;

    /// <summary>Accepts a mention if it overlaps none; otherwise rejects it, naming the winner.</summary>
    public bool TryAccept(Candidate candidate)
    {
        if (Overlapping(candidate.Start, candidate.End) is { } winner)
        {
            // Candidates losing to one winner come one after another: its reason is written once for them.
            if (!ReferenceEquals(winner, _lastWinner))
            {
                (_lastWinner, _lostToLastWinner) = (winner, $"lost an overlap to {winner.Type} '{Document.Text[winner.Start..winner.End]}' ({winner.RuleId})");
            }

            Reject(candidate, _lostToLastWinner);
            return false;
        }

        Mentions.Add(candidate);
        Entity(candidate);
        return true;
    }
}

/// <summary>Where a candidate came from; on equal length and priority, the dictionary wins over patterns.</summary>
internal enum CandidateOrigin
{
    Dictionary,
    Pattern,
    Local,
}

/// <summary>A possible mention, before overlaps are resolved.</summary>
internal sealed record Candidate(
    string Type,
    string Key,
    string Name,
    int Start,
    int End,
    int Priority,
    CandidateOrigin Origin,
    string RuleId,
    string Why,
    IReadOnlyDictionary<string, string> Attributes)
{
    public int Length => End - Start;
}

/// <summary>What is known of an entity in this paper.</summary>
internal sealed class EntityState(string name, Dictionary<string, string> attributes, bool local)
{
    public string Name { get; set; } = name;

    public Dictionary<string, string> Attributes { get; } = attributes;

    public bool Local { get; } = local;

    public bool Proposed { get; set; }
}
