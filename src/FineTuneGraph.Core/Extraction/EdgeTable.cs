namespace FineTuneGraph.Extraction;

/// <summary>
/// A trie's edges (state and symbol packed in a long → next state) in one open-addressing array, so that a step
/// costs one probe into key/value pairs instead of a dictionary's bucket and entry arrays. Read-only once built.
/// </summary>
internal sealed class EdgeTable
{
    private readonly (long Key, int Target)[] _slots;
    private readonly int _mask;

    /// <summary>Targets must not be 0, which <see cref="Find"/> returns for a missing edge (0 is the trie's root).</summary>
    public EdgeTable(IReadOnlyDictionary<long, int> edges)
    {
        var size = 16;
        while (size < edges.Count * 2)
        {
            size *= 2;
        }

        _slots = new (long, int)[size];
        _mask = size - 1;
        foreach (var (key, target) in edges)
        {
            var slot = Slot(key);
            while (_slots[slot].Target != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = (key, target);
        }
    }

    /// <summary>The edge's target, or 0 when there is no such edge.</summary>
    public int Find(long key)
    {
        for (var slot = Slot(key); ; slot = (slot + 1) & _mask)
        {
            var (candidate, target) = _slots[slot];
            if (target == 0 || candidate == key)
            {
                return target;
            }
        }
    }

    private int Slot(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 40) & _mask;
}
