namespace FineTuneGraph.Extraction;

/// <summary>
/// The trigger words of regex rules in one table: a single pass over a paper's tokens tells, for every rule with
/// triggers, which sentences hold one of its words, so its regex runs on those sentences only.
/// </summary>
public sealed class TriggerIndex
{
    private const int StemLength = 3;
    private readonly Dictionary<object, int> _slots = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, List<int>> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string Prefix, int Slot)>> _prefixes = new(StringComparer.Ordinal);

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
                var stem = prefix[..StemLength];
                (_prefixes.TryGetValue(stem, out var list) ? list : _prefixes[stem] = []).Add((prefix, slot));
            }
            else
            {
                (_words.TryGetValue(trigger, out var list) ? list : _words[trigger] = []).Add(slot);
            }
        }
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

        var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var prefixes = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
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
            if (words.TryGetValue(lower, out var slots))
            {
                foreach (var slot in slots)
                {
                    active[slot][sentence] = true;
                }
            }

            if (lower.Length >= StemLength && prefixes.TryGetValue(lower[..StemLength], out var candidates))
            {
                foreach (var (prefix, slot) in candidates)
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
