namespace FineTuneGraph.Extraction;

/// <summary>
/// Where each word, and each pair of adjacent words, of a paper occurs, in any case: hash tables of its tokens, each
/// bucket chained in text order. Looking for a name follows the chain of its rarest word or pair instead of trying
/// every token, so a paper that defines thousands of names does not read itself once per name.
/// </summary>
internal sealed class WordPositions
{
    private readonly Chains _words;
    private readonly Chains _pairs;
    private readonly int _mask;

    public WordPositions(PaperDocument document)
    {
        var tokens = document.TokenSpan;
        var size = 16;
        while (size < tokens.Length)
        {
            size *= 2;
        }

        _mask = size - 1;
        var hashes = new int[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            hashes[i] = Hash(document.Text.AsSpan(tokens[i].Start, tokens[i].Length));
        }

        _words = new Chains(size, tokens.Length);
        _pairs = new Chains(size, tokens.Length);
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            _words.Prepend(i, hashes[i] & _mask);
            if (i + 1 < tokens.Length)
            {
                _pairs.Prepend(i, PairHash(hashes[i], hashes[i + 1]) & _mask);
            }
        }
    }

    /// <summary>A word's hash, the same in any case.</summary>
    public static int Hash(ReadOnlySpan<char> word) => string.GetHashCode(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The tokens where a run of words may start: the chain of the rarest of its words or adjacent pairs, each
    /// position less <paramref name="anchor"/>, the run's index of that word or pair. Walk it with <see cref="Next"/>.
    /// </summary>
    public (bool Pairs, int Bucket, int Anchor) RarestOf(ReadOnlySpan<int> hashes)
    {
        var best = (Pairs: false, Bucket: hashes[0] & _mask, Anchor: 0);
        var fewest = _words.CountOf(best.Bucket);
        for (var j = 0; j < hashes.Length && fewest > 0; j++)
        {
            var word = hashes[j] & _mask;
            if (_words.CountOf(word) < fewest)
            {
                (best, fewest) = ((false, word, j), _words.CountOf(word));
            }

            if (j + 1 < hashes.Length && _pairs.CountOf(PairHash(hashes[j], hashes[j + 1]) & _mask) is var count && count < fewest)
            {
                (best, fewest) = ((true, PairHash(hashes[j], hashes[j + 1]) & _mask, j), count);
            }
        }

        return best;
    }

    /// <summary>The first token of a bucket, -1 when none.</summary>
    public int First(bool pairs, int bucket) => (pairs ? _pairs : _words).First(bucket);

    /// <summary>The next token of the same bucket after <paramref name="token"/>, -1 when none.</summary>
    public int Next(bool pairs, int token) => (pairs ? _pairs : _words).Next(token);

    private static int PairHash(int first, int second) => (first * -1521134295) ^ second;

    /// <summary>Buckets of tokens, each a chain in text order, with its length.</summary>
    private sealed class Chains
    {
        private readonly int[] _head;
        private readonly int[] _count;
        private readonly int[] _next;

        public Chains(int buckets, int tokens)
        {
            _head = new int[buckets];
            _count = new int[buckets];
            _next = new int[tokens];
            Array.Fill(_head, -1);
        }

        /// <summary>Puts a token first in its bucket: tokens added from last to first leave each chain in text order.</summary>
        public void Prepend(int token, int bucket)
        {
            _next[token] = _head[bucket];
            _head[bucket] = token;
            _count[bucket]++;
        }

        public int CountOf(int bucket) => _count[bucket];

        public int First(int bucket) => _head[bucket];

        public int Next(int token) => _next[token];
    }
}
