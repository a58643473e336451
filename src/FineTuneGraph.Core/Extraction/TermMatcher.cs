using FineTuneGraph.Rules;

namespace FineTuneGraph.Extraction;

/// <summary>
/// All dictionary aliases in one token trie: walking it from each token finds every alias that starts there in a
/// few dictionary look-ups, whatever the number of aliases. Case-sensitive aliases live in one trie over the exact
/// tokens, case-insensitive ones (and their plurals) in another over lower-cased tokens.
/// </summary>
public sealed class TermMatcher
{
    private readonly WordSymbols _symbols = new();
    private readonly Trie _exact;
    private readonly Trie _folded;

    public TermMatcher()
    {
        _exact = new Trie(_symbols, exact: true);
        _folded = new Trie(_symbols, exact: false);
    }

    /// <summary>The matcher's word table, which trigger words share so that each token is looked up once.</summary>
    internal WordSymbols Words => _symbols;

    /// <summary>What an alias stands for.</summary>
    /// <param name="Entity">Index of the entity in the compiled pack.</param>
    /// <param name="Alias">The alias as written in the rules.</param>
    /// <param name="Plural">True when the match is the alias with 's' or 'es' added.</param>
    /// <param name="Exact">For aliases matched in any case but holding acronym-like words: those words (by position), which must match as written; null elsewhere.</param>
    public readonly record struct Entry(int Entity, string Alias, bool CaseSensitive, bool Plural, string?[]? Exact = null)
    {
        /// <summary>Why this entry matched, for people (built once, not per match).</summary>
        public string Why { get; } = Plural ? $"plural of alias '{Alias}'" : $"alias '{Alias}'";
    }

    /// <summary>A match: <see cref="Length"/> tokens from token <see cref="First"/>.</summary>
    public readonly record struct Hit(int First, int Length, Entry Entry);

    /// <summary>
    /// Adds an alias; returns false when it has no tokens. With <see cref="CaseMode.Auto"/>, a word with two or more
    /// capitals (an acronym such as "AI" or "LoRA") must match as written and the other words match in any case.
    /// </summary>
    public bool Add(string alias, int entity, CaseMode mode)
    {
        var words = AliasForm.Words(alias);
        if (words.Count == 0)
        {
            return false;
        }

        var acronyms = words.Select(w => IsAcronymLike(w) ? w : null).ToArray();
        if (mode == CaseMode.Sensitive || (mode == CaseMode.Auto && acronyms.All(w => w is not null)))
        {
            _exact.Add(words, new Entry(entity, alias, true, false));
            // "LoRAs", "GPTs", "CNNs": an acronym ending in a capital takes a lower-case plural s.
            if (words[^1] is { Length: > 1 } last && char.IsUpper(last[^1]) && IsAcronymLike(last))
            {
                _exact.Add([.. words.Take(words.Count - 1), last + "s"], new Entry(entity, alias, true, true));
            }

            return true;
        }

        var exact = mode == CaseMode.Auto && acronyms.Any(w => w is not null) ? acronyms : null;
        foreach (var lower in SpellingVariants.Of(words.Select(w => w.ToLowerInvariant()).ToArray()))
        {
            _folded.Add(lower, new Entry(entity, alias, false, false, exact));
            var last = lower[^1];
            if (exact?[^1] is null && last.Length > 2 && char.IsLetter(last[^1]))
            {
                foreach (var suffix in (string[])["s", "es"])
                {
                    var plural = (string[])lower.Clone();
                    plural[^1] = last + suffix;
                    _folded.Add(plural, new Entry(entity, alias, false, true, exact));
                }
            }
        }

        return true;
    }

    /// <summary>Ends building; the matcher is then safe to use from many threads at once.</summary>
    public void Freeze()
    {
        _symbols.Freeze();
        _exact.Freeze();
        _folded.Freeze();
    }

    /// <summary>Every alias occurrence in the tokens of <paramref name="text"/>, overlapping ones included.</summary>
    public void FindAll(string text, IReadOnlyList<Token> tokens, List<Hit> hits) => FindAll(text, tokens, hits, new int[tokens.Count]);

    /// <summary>
    /// As <see cref="FindAll(string, IReadOnlyList{Token}, List{Hit})"/>; also gives each token's lower-case form's
    /// number in <see cref="Words"/> (-1: not there, or longer than 64 characters).
    /// </summary>
    internal void FindAll(string text, IReadOnlyList<Token> tokens, List<Hit> hits, int[] lowerWords)
    {
        // Each token is looked up once per trie; the walks then follow integer symbols.
        var exact = new int[tokens.Count];
        var folded = new int[tokens.Count];
        Span<char> buffer = stackalloc char[64];
        var tokenSpan = tokens is List<Token> list ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list) : tokens.ToArray();
        for (var i = 0; i < tokenSpan.Length; i++)
        {
            var word = text.AsSpan(tokenSpan[i].Start, tokenSpan[i].Length);
            if (word.Length > buffer.Length)
            {
                exact[i] = folded[i] = lowerWords[i] = -1;
                continue;
            }

            var lower = buffer[..word.Length];
            var cased = ToLower(word, lower);
            (exact[i], folded[i], lowerWords[i]) = _symbols.Of(word, lower, cased);
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            _exact.Walk(exact, i, hits);
            var before = hits.Count;
            _folded.Walk(folded, i, hits);
            for (var h = hits.Count - 1; h >= before; h--)
            {
                if ((hits[h].Entry.Exact is { } words && !WordsMatch(text, tokens, hits[h].First, words))
                    || (hits[h].Entry.Plural && IsCapitalSuffix(text, tokens[hits[h].First + hits[h].Length - 1])))
                {
                    hits.RemoveAt(h);
                }
            }
        }
    }

    /// <summary>
    /// "MagicoderS": a capital S after a lower-case letter names a derived model, not a plural of "Magicoder" (a
    /// plural in capitals, "TRANSFORMERS", stays one).
    /// </summary>
    private static bool IsCapitalSuffix(string text, Token token) =>
        token.Length > 2 && text[token.Start + token.Length - 1] == 'S' && char.IsLower(text[token.Start + token.Length - 2]);

    /// <summary>
    /// <paramref name="word"/> in lower case (as <see cref="MemoryExtensions.ToLowerInvariant"/> gives it, with a
    /// shortcut for ASCII words); false when it was in lower case already.
    /// </summary>
    private static bool ToLower(ReadOnlySpan<char> word, Span<char> lower)
    {
        var cased = false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c >= 0x80)
            {
                word.ToLowerInvariant(lower);
                return !word.SequenceEqual(lower);
            }

            if (char.IsAsciiLetterUpper(c))
            {
                c = (char)(c | 0x20);
                cased = true;
            }

            lower[i] = c;
        }

        return cased;
    }

    /// <summary>Two or more capitals make a word an acronym that keeps its case: LoRA, AI, GPT, MT.</summary>
    public static bool IsAcronymLike(string word)
    {
        var capitals = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c) && ++capitals >= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool WordsMatch(string text, IReadOnlyList<Token> tokens, int first, string?[] words)
    {
        for (var j = 0; j < words.Length; j++)
        {
            if (words[j] is { } word && !text.AsSpan(tokens[first + j].Start, tokens[first + j].Length).SequenceEqual(word))
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Trie(WordSymbols symbols, bool exact)
    {
        private readonly Dictionary<long, int> _next = [];
        private readonly List<List<Entry>?> _terminals = [null];
        private int[] _first = [];
        private State[] _states = [];
        private EdgeTable _edges = new(new Dictionary<long, int>());

        public void Add(IReadOnlyList<string> words, Entry entry)
        {
            var state = 0;
            foreach (var word in words)
            {
                var symbol = symbols.Add(word, exact);
                var edge = ((long)state << 32) | (uint)symbol;
                if (!_next.TryGetValue(edge, out var target))
                {
                    target = _terminals.Count;
                    _terminals.Add(null);
                    _next[edge] = target;
                }

                state = target;
            }

            // Of two spellings of one entity that reach the same words, the less constrained one is enough.
            var list = _terminals[state] ??= [];
            var same = list.FindIndex(e => e.Entity == entry.Entity && e.Plural == entry.Plural);
            if (same < 0)
            {
                list.Add(entry);
            }
            else if (list[same].Exact is not null)
            {
                if (entry.Exact is null)
                {
                    list[same] = entry;
                }
                else
                {
                    list.Add(entry);
                }
            }
        }

        /// <summary>The first step of every walk, from the root, becomes an array look-up (0: no edge).</summary>
        public void Freeze()
        {
            _first = new int[symbols.Count(exact)];
            var hasNext = new bool[_terminals.Count];
            foreach (var (edge, target) in _next)
            {
                hasNext[(int)(edge >> 32)] = true;
                if (edge >> 32 == 0)
                {
                    _first[(int)(uint)edge] = target;
                }
            }

            _states = new State[_terminals.Count];
            for (var state = 0; state < _states.Length; state++)
            {
                _states[state] = new State(_terminals[state]?.ToArray(), hasNext[state]);
            }
            _edges = new EdgeTable(_next);
        }

        /// <summary>A state's aliases (null: none ends here) and whether any edge leaves it, read together in one step.</summary>
        private readonly record struct State(Entry[]? Entries, bool HasNext);

        public void Walk(int[] tokens, int first, List<Hit> hits)
        {
            if (tokens[first] < 0 || _first[tokens[first]] is var state && state == 0)
            {
                return;
            }

            for (var i = first; ; )
            {
                var (entries, hasNext) = _states[state];
                if (entries is not null)
                {
                    foreach (var entry in entries)
                    {
                        hits.Add(new Hit(first, i - first + 1, entry));
                    }
                }

                if (!hasNext || ++i >= tokens.Length || tokens[i] < 0 || (state = _edges.Find(((long)state << 32) | (uint)tokens[i])) == 0)
                {
                    return;
                }
            }
        }
    }
}
