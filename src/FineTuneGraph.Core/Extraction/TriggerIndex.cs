namespace FineTuneGraph.Extraction;

/// <summary>
/// The trigger words of regex rules in one table: a single pass over a paper's tokens tells, for every rule with
/// triggers, which sentences hold one of its words, so its regex runs on those sentences only.
/// </summary>
public sealed class TriggerIndex
{
    private const int StemLength = 3;
    private readonly Dictionary<object, int> _slots = new(ReferenceEqualityComparer.Instance);
    private readonly WordTable _words = new();
    private readonly List<List<int>> _slotsOfWord = [];
    private readonly WordTable _stems = new();
    private readonly List<List<(string Prefix, int Slot)>> _prefixesOfStem = [];
    private int[][] _wordSlots = [];
    private (string Prefix, int Slot)[][] _stemPrefixes = [];

    /// <summary>Registers a rule's triggers; rules without triggers get no slot and always run.</summary>
    public void Add(object rule, IReadOnlyList<string> triggers)
    {
        if (triggers.Count == 0)
        {
            return;
        }

        var slot = _slots.Count;
        _slots[rule] = slot;
        foreach (var trigger in triggers)
        {
            if (trigger.EndsWith('*'))
            {
                var prefix = trigger[..^1];
                ListAt(_prefixesOfStem, _stems.Add(prefix[..StemLength])).Add((prefix, slot));
            }
            else
            {
                ListAt(_slotsOfWord, _words.Add(trigger)).Add(slot);
            }
        }
    }

    /// <summary>Ends building; the index is then safe to use from many threads at once.</summary>
    public void Freeze()
    {
        _words.Freeze();
        _stems.Freeze();
        _wordSlots = [.. _slotsOfWord.Select(list => list.ToArray())];
        _stemPrefixes = [.. _prefixesOfStem.Select(list => list.ToArray())];
    }

    private static List<T> ListAt<T>(List<List<T>> lists, int index)
    {
        if (index == lists.Count)
        {
            lists.Add([]);
        }

        return lists[index];
    }

    /// <summary>The rule's slot, or -1 when it has no triggers.</summary>
    public int SlotOf(object rule) => _slots.TryGetValue(rule, out var slot) ? slot : -1;

    /// <summary>For each slot, which sentences hold one of its triggers.</summary>
    public bool[][] Activate(PaperDocument document)
    {
        var active = new bool[_slots.Count][];
        for (var i = 0; i < active.Length; i++)
        {
            active[i] = new bool[document.Sentences.Count];
        }

        if (active.Length == 0)
        {
            return active;
        }

        Span<char> buffer = stackalloc char[64];
        for (var t = 0; t < document.Tokens.Count; t++)
        {
            var token = document.Tokens[t];
            if (token.Length > buffer.Length || !char.IsLetter(document.Text[token.Start]))
            {
                continue;
            }

            var lower = buffer[..token.Length];
            document.Text.AsSpan(token.Start, token.Length).ToLowerInvariant(lower);
            var sentence = document.SentenceOfToken(t);
            if (_words.Find(lower) is var word and >= 0)
            {
                foreach (var slot in _wordSlots[word])
                {
                    active[slot][sentence] = true;
                }
            }

            if (lower.Length >= StemLength && _stems.Find(lower[..StemLength]) is var stem and >= 0)
            {
                foreach (var (prefix, slot) in _stemPrefixes[stem])
                {
                    if (lower.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        active[slot][sentence] = true;
                    }
                }
            }
        }

        return active;
    }
}
