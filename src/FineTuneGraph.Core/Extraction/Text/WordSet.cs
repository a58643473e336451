using System.Collections.Frozen;

namespace FineTuneGraph.Extraction;

/// <summary>A case-insensitive set of words that is looked up with spans, so checking a word allocates nothing.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(params string[] words)
    {
        _lookup = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => !word.IsEmpty && _lookup.Contains(word);
}
