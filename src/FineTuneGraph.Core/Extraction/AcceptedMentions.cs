namespace FineTuneGraph.Extraction;

/// <summary>
/// The accepted mentions of a paper, which never overlap, in the order they were accepted (a replaced mention keeps
/// its place). Each character of the text knows the mention covering it, so the questions the rules ask (what
/// overlaps this span, what ends here, what lies inside) cost the span's length rather than the number of mentions:
/// a paper with thousands of mentions stays linear. The per-character table is rented: dispose the set when done.
/// </summary>
internal sealed class AcceptedMentions : IDisposable
{
    /// <summary>By order of acceptance; null where a mention was removed.</summary>
    private readonly List<Candidate?> _byOrder = [];

    /// <summary>For each character, 1 + the order of the mention covering it; 0 for none.</summary>
    private int[] _owner;

    private readonly int _textLength;

    private readonly List<int> _orders = [];

    private Dictionary<(string Type, string Key), List<int>>? _ordersByEntity;

    public AcceptedMentions(int textLength)
    {
        _textLength = textLength;
        _owner = System.Buffers.ArrayPool<int>.Shared.Rent(textLength);
        _owner.AsSpan(0, textLength).Clear();
    }

    public void Dispose()
    {
        var owner = _owner;
        _owner = [];
        System.Buffers.ArrayPool<int>.Shared.Return(owner);
    }

    /// <summary>How many orders were given out (removed mentions included): the bound of <see cref="At"/>.</summary>
    public int OrderCount => _byOrder.Count;

    /// <summary>The mention accepted as <paramref name="order"/>-th, or null when it was removed since.</summary>
    public Candidate? At(int order) => _byOrder[order];

    /// <summary>Adds a mention that overlaps none of the others, after all of them.</summary>
    /// <summary>Room for <paramref name="count"/> mentions in all, so adding them does not grow the lists.</summary>
    public void EnsureCapacity(int count) => _byOrder.EnsureCapacity(count);

    public void Add(Candidate mention)
    {
        _byOrder.Add(mention);
        Mark(mention, _byOrder.Count);
        NoteEntity(mention, _byOrder.Count - 1);
    }

    /// <summary>Puts <paramref name="replacement"/> (which overlaps no other mention) in the place of the mention of that order.</summary>
    public void Replace(int order, Candidate replacement)
    {
        var replaced = _byOrder[order]!;
        Unmark(replaced);
        _byOrder[order] = replacement;
        Mark(replacement, order + 1);
        if (replaced.Type != replacement.Type || replaced.Key != replacement.Key)
        {
            NoteEntity(replacement, order);
        }
    }

    /// <summary>
    /// The orders of the mentions accepted for an entity, in no particular order; some may since have been removed or
    /// given to another entity (check <see cref="At"/>). The index is built on the first call, for papers that merge
    /// entities, and kept up to date from then on.
    /// </summary>
    public IReadOnlyList<int> OrdersOf(string type, string key)
    {
        if (_ordersByEntity is null)
        {
            _ordersByEntity = [];
            for (var order = 0; order < _byOrder.Count; order++)
            {
                if (_byOrder[order] is { } mention)
                {
                    NoteEntity(mention, order);
                }
            }
        }

        return _ordersByEntity.TryGetValue((type, key), out var orders) ? orders : [];
    }

    private void NoteEntity(Candidate mention, int order)
    {
        if (_ordersByEntity is not null)
        {
            ref var orders = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ordersByEntity, (mention.Type, mention.Key), out _);
            (orders ??= []).Add(order);
        }
    }

    /// <summary>Removes the mention equal to <paramref name="mention"/>, if there is one.</summary>
    public void Remove(Candidate mention)
    {
        if (OrderOf(mention) is var order and >= 0)
        {
            Unmark(mention);
            _byOrder[order] = null;
        }
    }

    /// <summary>Whether a mention equal to <paramref name="mention"/> is accepted (only one can cover its start).</summary>
    public bool Contains(Candidate mention) => OrderOf(mention) >= 0;

    /// <summary>The first accepted of the mentions overlapping [start, end), if any.</summary>
    public Candidate? FirstOverlapping(int start, int end)
    {
        var first = int.MaxValue;
        for (var at = Math.Max(0, start); at < end && at < _textLength;)
        {
            var owner = _owner[at];
            if (owner == 0)
            {
                at++;
                continue;
            }

            first = Math.Min(first, owner);
            at = Math.Max(at + 1, _byOrder[owner - 1]!.End);
        }

        return first == int.MaxValue ? null : _byOrder[first - 1];
    }

    /// <summary>Whether a mention other than <paramref name="except"/>, and not of <paramref name="ignoredType"/> when one is given, overlaps [start, end).</summary>
    public bool AnyOverlapping(int start, int end, Candidate except, string? ignoredType = null)
    {
        for (var at = Math.Max(0, start); at < end && at < _textLength;)
        {
            var owner = _owner[at];
            if (owner == 0)
            {
                at++;
                continue;
            }

            var mention = _byOrder[owner - 1]!;
            if (!ReferenceEquals(mention, except) && (ignoredType is null || mention.Type != ignoredType))
            {
                return true;
            }

            at = Math.Max(at + 1, mention.End);
        }

        return false;
    }

    /// <summary>Adds the mentions overlapping [start, end) to <paramref name="into"/>, in order of acceptance.</summary>
    public void CollectOverlapping(int start, int end, List<Candidate> into) => Collect(start, end, into, inside: false);

    /// <summary>Adds the mentions inside [start, end) to <paramref name="into"/>, in order of acceptance.</summary>
    public void CollectInside(int start, int end, List<Candidate> into) => Collect(start, end, into, inside: true);

    /// <summary>The mention that ends at <paramref name="end"/> (at most one does).</summary>
    public Candidate? EndingAt(int end) =>
        end > 0 && end <= _textLength && _owner[end - 1] is var owner and > 0 && _byOrder[owner - 1] is { } mention && mention.End == end ? mention : null;

    /// <summary>The mention that starts at <paramref name="start"/> (at most one does).</summary>
    public Candidate? StartingAt(int start) =>
        start >= 0 && start < _textLength && _owner[start] is var owner and > 0 && _byOrder[owner - 1] is { } mention && mention.Start == start ? mention : null;

    /// <summary>The mentions in order of acceptance.</summary>
    public List<Candidate> InOrder()
    {
        var mentions = new List<Candidate>(_byOrder.Count);
        foreach (var mention in _byOrder)
        {
            if (mention is not null)
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    private void Collect(int start, int end, List<Candidate> into, bool inside)
    {
        _orders.Clear();
        for (var at = Math.Max(0, start); at < end && at < _textLength;)
        {
            var owner = _owner[at];
            if (owner == 0)
            {
                at++;
                continue;
            }

            var mention = _byOrder[owner - 1]!;
            if (!inside || (mention.Start >= start && mention.End <= end))
            {
                _orders.Add(owner);
            }

            at = Math.Max(at + 1, mention.End);
        }

        _orders.Sort();
        foreach (var owner in _orders)
        {
            into.Add(_byOrder[owner - 1]!);
        }
    }

    private int OrderOf(Candidate mention) =>
        mention.Start >= 0 && mention.Start < _textLength && _owner[mention.Start] is var owner and > 0 && _byOrder[owner - 1]!.Equals(mention) ? owner - 1 : -1;

    private void Mark(Candidate mention, int owner) => _owner.AsSpan(mention.Start, mention.End - mention.Start).Fill(owner);

    private void Unmark(Candidate mention) => _owner.AsSpan(mention.Start, mention.End - mention.Start).Clear();
}
