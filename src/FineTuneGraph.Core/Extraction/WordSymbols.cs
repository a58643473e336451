namespace FineTuneGraph.Extraction;

/// <summary>
/// The words of both tries of a <see cref="TermMatcher"/> in one table, so that a lower-case token (most of them)
/// gets its symbol in each trie from a single look-up.
/// </summary>
internal sealed class WordSymbols
{
    private readonly WordTable _index = new();
    private readonly List<int> _exact = [];
    private readonly List<int> _folded = [];
    private (int Exact, int Folded)[] _symbolsOf = [];
    private int _exactCount;
    private int _foldedCount;

    /// <summary>The word's symbol in the exact or the folded trie, added when new.</summary>
    public int Add(string word, bool exact)
    {
        var index = _index.Add(word);
        if (index == _exact.Count)
        {
            _exact.Add(-1);
            _folded.Add(-1);
        }

        var symbols = exact ? _exact : _folded;
        if (symbols[index] < 0)
        {
            symbols[index] = exact ? _exactCount++ : _foldedCount++;
        }

        return symbols[index];
    }

    /// <summary>The word's number in the table, for other users of the same look-up (trigger words); no symbol.</summary>
    public int Intern(string word)
    {
        var index = _index.Add(word);
        if (index == _exact.Count)
        {
            _exact.Add(-1);
            _folded.Add(-1);
        }

        return index;
    }

    /// <summary>How many words the table holds.</summary>
    public int WordCount => _exact.Count;

    /// <summary>Every word of the table with its number.</summary>
    public IEnumerable<KeyValuePair<string, int>> Words => _index.Entries;

    /// <summary>How many symbols the exact or the folded trie has.</summary>
    public int Count(bool exact) => exact ? _exactCount : _foldedCount;

    public void Freeze()
    {
        _index.Freeze();
        _symbolsOf = new (int, int)[_exact.Count];
        for (var i = 0; i < _symbolsOf.Length; i++)
        {
            _symbolsOf[i] = (_exact[i], _folded[i]);
        }
    }

    /// <summary>
    /// The symbols of a token as written in the exact trie and, lower-cased, in the folded trie (-1: none), and the
    /// number of its lower-case form in the table (-1: not there).
    /// </summary>
    /// <param name="cased">False when <paramref name="word"/> is in lower case already (one look-up serves both).</param>
    public (int Exact, int Folded, int Lower) Of(ReadOnlySpan<char> word, ReadOnlySpan<char> lower, bool cased)
    {
        var index = _index.Find(word);
        var exact = index >= 0 ? _symbolsOf[index].Exact : -1;
        if (cased)
        {
            index = _index.Find(lower);
        }

        return (exact, index >= 0 ? _symbolsOf[index].Folded : -1, index);
    }
}
