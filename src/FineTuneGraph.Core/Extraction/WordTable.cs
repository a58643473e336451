namespace FineTuneGraph.Extraction;

/// <summary>
/// A fixed set of words, each with a number (0, 1, ... in the order added), looked up by span. The words' characters
/// sit in one array and the slots hold each word's hash, so a look-up touches two or three cache lines where a
/// <see cref="Dictionary{TKey,TValue}"/> of strings touches a bucket, an entry and a string object. Built once;
/// look-ups are then safe from many threads.
/// </summary>
internal sealed class WordTable
{
    private readonly Dictionary<string, int> _building = new(StringComparer.Ordinal);
    private Slot[] _slots = [new(0, 0, 0, 0)];
    private char[] _chars = [];
    private int _mask;

    /// <summary>A word's hash, number (plus one: 0 marks an empty slot) and characters, so a look-up reads no other array but the characters.</summary>
    private readonly record struct Slot(int Hash, int IdPlusOne, int Start, int Length);

    /// <summary>How many words the table holds.</summary>
    public int Count => _building.Count;

    /// <summary>Every word with its number.</summary>
    public IEnumerable<KeyValuePair<string, int>> Entries => _building;

    /// <summary>The word's number, added when new (before <see cref="Freeze"/> only).</summary>
    public int Add(string word)
    {
        if (!_building.TryGetValue(word, out var id))
        {
            id = _building.Count;
            _building[word] = id;
        }

        return id;
    }

    /// <summary>Ends building.</summary>
    public void Freeze()
    {
        var words = new string[_building.Count];
        foreach (var (word, id) in _building)
        {
            words[id] = word;
        }

        var starts = new int[words.Length + 1];
        for (var i = 0; i < words.Length; i++)
        {
            starts[i + 1] = starts[i] + words[i].Length;
        }

        _chars = new char[starts[^1]];
        for (var i = 0; i < words.Length; i++)
        {
            words[i].CopyTo(_chars.AsSpan(starts[i]));
        }

        var size = 16;
        while (size < words.Length * 2)
        {
            size *= 2;
        }

        _slots = new Slot[size];
        _mask = size - 1;
        for (var id = 0; id < words.Length; id++)
        {
            var hash = Hash(words[id]);
            var slot = hash & _mask;
            while (_slots[slot].IdPlusOne != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = new Slot(hash, id + 1, starts[id], words[id].Length);
        }
    }

    /// <summary>The word's number, or -1 when the table does not hold it.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        for (var slot = hash & _mask; ; slot = (slot + 1) & _mask)
        {
            var entry = _slots[slot];
            if (entry.IdPlusOne == 0)
            {
                return -1;
            }

            if (entry.Hash == hash && entry.Length == word.Length && word.SequenceEqual(_chars.AsSpan(entry.Start, entry.Length)))
            {
                return entry.IdPlusOne - 1;
            }
        }
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15)) & int.MaxValue;
    }
}
