namespace FineTuneGraph.Extraction;

/// <summary>
/// All dictionary aliases in one token trie: walking it from each token finds every alias that starts there in a
/// few dictionary look-ups, whatever the number of aliases. Case-sensitive aliases live in one trie over the exact
/// tokens, case-insensitive ones (and their plurals) in another over lower-cased tokens.
/// </summary>
public sealed class TermMatcher
{
    private readonly Trie _exact = new();
    private readonly Trie _folded = new();

    /// <summary>What an alias stands for.</summary>
    /// <param name="Entity">Index of the entity in the compiled pack.</param>
    /// <param name="Alias">The alias as written in the rules.</param>
    /// <param name="Plural">True when the match is the alias with 's' or 'es' added.</param>
    public readonly record struct Entry(int Entity, string Alias, bool CaseSensitive, bool Plural);

    /// <summary>A match: <see cref="Length"/> tokens from token <see cref="First"/>.</summary>
    public readonly record struct Hit(int First, int Length, Entry Entry);

    /// <summary>Adds an alias; returns false when it has no tokens.</summary>
    public bool Add(string alias, int entity, bool caseSensitive)
    {
        var words = Tokenizer.Words(alias);
        if (words.Count == 0)
        {
            return false;
        }

        if (caseSensitive)
        {
            _exact.Add(words, new Entry(entity, alias, true, false));
            return true;
        }

        var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
        _folded.Add(lower, new Entry(entity, alias, false, false));
        var last = lower[^1];
        if (last.Length > 2 && char.IsLetter(last[^1]))
        {
            foreach (var suffix in (string[])["s", "es"])
            {
                var plural = (string[])lower.Clone();
                plural[^1] = last + suffix;
                _folded.Add(plural, new Entry(entity, alias, false, true));
            }
        }

        return true;
    }

    /// <summary>Ends building; the matcher is then safe to use from many threads at once.</summary>
    public void Freeze()
    {
        _exact.Freeze();
        _folded.Freeze();
    }

    /// <summary>Every alias occurrence in the tokens of <paramref name="text"/>, overlapping ones included.</summary>
    public void FindAll(string text, IReadOnlyList<Token> tokens, List<Hit> hits)
    {
        // Each token is looked up once per trie; the walks then follow integer symbols.
        var exact = new int[tokens.Count];
        var folded = new int[tokens.Count];
        Span<char> buffer = stackalloc char[64];
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = text.AsSpan(tokens[i].Start, tokens[i].Length);
            exact[i] = _exact.Symbol(word);
            if (word.Length <= buffer.Length)
            {
                word.ToLowerInvariant(buffer);
                folded[i] = _folded.Symbol(buffer[..word.Length]);
            }
            else
            {
                folded[i] = -1;
            }
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            _exact.Walk(exact, i, hits);
            _folded.Walk(folded, i, hits);
        }
    }

    private sealed class Trie
    {
        private readonly Dictionary<string, int> _symbols = new(StringComparer.Ordinal);
        private readonly Dictionary<long, int> _next = [];
        private readonly List<List<Entry>?> _terminals = [null];
        private Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public void Add(IReadOnlyList<string> words, Entry entry)
        {
            var state = 0;
            foreach (var word in words)
            {
                if (!_symbols.TryGetValue(word, out var symbol))
                {
                    symbol = _symbols.Count;
                    _symbols[word] = symbol;
                }

                var edge = ((long)state << 32) | (uint)symbol;
                if (!_next.TryGetValue(edge, out var target))
                {
                    target = _terminals.Count;
                    _terminals.Add(null);
                    _next[edge] = target;
                }

                state = target;
            }

            var list = _terminals[state] ??= [];
            if (!list.Exists(e => e.Entity == entry.Entity && e.Plural == entry.Plural))
            {
                list.Add(entry);
            }
        }

        public void Freeze() => _lookup = _symbols.GetAlternateLookup<ReadOnlySpan<char>>();

        public int Symbol(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var symbol) ? symbol : -1;

        public void Walk(int[] symbols, int first, List<Hit> hits)
        {
            var state = 0;
            for (var i = first; i < symbols.Length; i++)
            {
                if (symbols[i] < 0 || !_next.TryGetValue(((long)state << 32) | (uint)symbols[i], out state))
                {
                    return;
                }

                if (_terminals[state] is { } entries)
                {
                    foreach (var entry in entries)
                    {
                        hits.Add(new Hit(first, i - first + 1, entry));
                    }
                }
            }
        }
    }
}
