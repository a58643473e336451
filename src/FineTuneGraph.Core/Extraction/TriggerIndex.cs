namespace FineTuneGraph.Extraction;

/// <summary>
/// The trigger words of regex rules in one table: a single pass over a paper's tokens tells, for every rule with
/// triggers, which sentences hold one of its words, so its regex runs on those sentences only. Whole trigger words
/// live in the dictionary's word table (<see cref="TermMatcher.Words"/>), which looks up every token anyway.
/// </summary>
public sealed class TriggerIndex
{
    private const int StemLength = 3;
    private readonly WordSymbols _words;
    private readonly Dictionary<object, int> _slots = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, List<int>> _slotsOfWord = [];
    private readonly WordTable _stems = new();
    private readonly List<List<(string Prefix, int Slot)>> _prefixesOfStem = [];
    private readonly List<int> _alsoSlots = [];
    private readonly List<int> _leadOf = [];
    private readonly Dictionary<int, List<int>> _leadsOfWord = [];
    private int _slotCount;
    private int _leadCount;
    private (int[]? Slots, int[]? Leads)[] _ofWord = [];
    private (string Prefix, int Slot)[][] _stemPrefixes = [];

    internal TriggerIndex(WordSymbols words) => _words = words;

    /// <summary>
    /// Registers a rule's triggers, and the words of which one must also be in the sentence (<paramref name="also"/>,
    /// may be empty); rules without triggers get no slot and always run.
    /// </summary>
    /// <param name="leads">Words every match of the rule's regex starts with (<see cref="LeadingWords"/>), or null.</param>
    public void Add(object rule, IReadOnlyList<string> triggers, IReadOnlyList<string>? also = null, IReadOnlyList<string>? leads = null)
    {
        if (triggers.Count == 0)
        {
            return;
        }

        var slot = NewSlot(triggers);
        _slots[rule] = slot;
        _alsoSlots.Add(-1);
        _leadOf.Add(-1);
        if (also is { Count: > 0 })
        {
            // The second list gets a slot of its own that no rule looks up; Activate ands it into the rule's.
            _alsoSlots[slot] = NewSlot(also);
            _alsoSlots.Add(-1);
            _leadOf.Add(-1);
        }

        if (leads is { Count: > 0 })
        {
            _leadOf[slot] = _leadCount++;
            foreach (var lead in leads)
            {
                var word = _words.Intern(lead);
                (_leadsOfWord.TryGetValue(word, out var list) ? list : _leadsOfWord[word] = []).Add(_leadOf[slot]);
            }
        }
    }

    /// <summary>The index of the slot's leading words in <see cref="Activate"/>'s first positions, or -1 when it has none.</summary>
    public int LeadOf(int slot) => _leadOf[slot];

    private int NewSlot(IReadOnlyList<string> triggers)
    {
        var slot = _slotCount++;
        foreach (var trigger in triggers)
        {
            if (trigger.EndsWith('*'))
            {
                var prefix = trigger[..^1];
                var stem = _stems.Add(prefix[..StemLength]);
                if (stem == _prefixesOfStem.Count)
                {
                    _prefixesOfStem.Add([]);
                }

                _prefixesOfStem[stem].Add((prefix, slot));
            }
            else
            {
                var word = _words.Intern(trigger);
                (_slotsOfWord.TryGetValue(word, out var list) ? list : _slotsOfWord[word] = []).Add(slot);
            }
        }

        return slot;
    }

    /// <summary>Ends building (before the word table is frozen); the index is then safe to use from many threads at once.</summary>
    public void Freeze()
    {
        _stems.Freeze();
        // A lower-case word of the table gets the slots of the prefixes it starts with too, so its tokens need no stem look-up.
        foreach (var (word, index) in _words.Words)
        {
            if (word.Length >= StemLength && word == word.ToLowerInvariant() && _stems.Find(word.AsSpan(0, StemLength)) is var stem and >= 0)
            {
                foreach (var (prefix, slot) in _prefixesOfStem[stem])
                {
                    if (word.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        (_slotsOfWord.TryGetValue(index, out var list) ? list : _slotsOfWord[index] = []).Add(slot);
                    }
                }
            }
        }

        // A word's slots and leading-word sets sit side by side: a token needs one read for both.
        _ofWord = new (int[]?, int[]?)[_words.WordCount];
        foreach (var (word, slots) in _slotsOfWord)
        {
            _ofWord[word].Slots = [.. slots];
        }

        foreach (var (word, leads) in _leadsOfWord)
        {
            _ofWord[word].Leads = [.. leads.Distinct()];
        }

        _stemPrefixes = [.. _prefixesOfStem.Select(list => list.ToArray())];
    }

    /// <summary>The rule's slot, or -1 when it has no triggers.</summary>
    public int SlotOf(object rule) => _slots.TryGetValue(rule, out var slot) ? slot : -1;

    /// <summary>
    /// For each slot, which sentences hold one of its triggers; <paramref name="lowerWords"/> are the tokens'
    /// lower-case forms' numbers in the word table (from <see cref="TermMatcher"/>). <paramref name="firstLead"/>
    /// gives, for each set of leading words (<see cref="LeadOf"/>) and sentence, where the first token that is one
    /// of them starts (-1: none).
    /// </summary>
    internal bool[][] Activate(PaperDocument document, int[] lowerWords, out int[][] firstLead)
    {
        var active = new bool[_slotCount][];
        for (var i = 0; i < active.Length; i++)
        {
            active[i] = new bool[document.Sentences.Count];
        }

        firstLead = new int[_leadCount][];
        for (var i = 0; i < firstLead.Length; i++)
        {
            firstLead[i] = new int[document.Sentences.Count];
            Array.Fill(firstLead[i], -1);
        }

        if (active.Length == 0)
        {
            return active;
        }

        Span<char> buffer = stackalloc char[64];
        var tokens = document.TokenSpan;
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Length > buffer.Length || !char.IsLetter(document.Text[token.Start]))
            {
                continue;
            }

            var sentence = document.SentenceOfToken(t);
            if (lowerWords[t] >= 0)
            {
                var (slots, leads) = _ofWord[lowerWords[t]];
                foreach (var slot in slots ?? [])
                {
                    active[slot][sentence] = true;
                }

                foreach (var lead in leads ?? [])
                {
                    if (firstLead[lead][sentence] < 0)
                    {
                        firstLead[lead][sentence] = token.Start;
                    }
                }

                // The word's prefix triggers are among its slots already.
                continue;
            }

            if (token.Length < StemLength)
            {
                continue;
            }

            // Tokens hold no surrogates, so lower-casing the first characters alone gives the start of the lower-cased token.
            var lower = buffer[..token.Length];
            document.Text.AsSpan(token.Start, StemLength).ToLowerInvariant(lower);
            if (_stems.Find(lower[..StemLength]) is var stem and >= 0)
            {
                document.Text.AsSpan(token.Start, token.Length).ToLowerInvariant(lower);
                foreach (var (prefix, slot) in _stemPrefixes[stem])
                {
                    if (lower.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        active[slot][sentence] = true;
                    }
                }
            }
        }

        for (var slot = 0; slot < _alsoSlots.Count; slot++)
        {
            if (_alsoSlots[slot] >= 0)
            {
                var also = active[_alsoSlots[slot]];
                var sentences = active[slot];
                for (var s = 0; s < sentences.Length; s++)
                {
                    sentences[s] &= also[s];
                }
            }
        }

        return active;
    }
}
