namespace FineTuneGraph.Extraction;

/// <summary>
/// Where each word of a paper occurs, in any case: a hash table of its tokens, each bucket chained in text order.
/// Looking for a name follows the chain of its rarest word instead of trying every token, so a paper that defines
/// thousands of names does not read itself once per name.
/// </summary>
internal sealed class WordPositions
{
    private readonly int[] _head;
    private readonly int[] _count;
    private readonly int[] _next;
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
        _head = new int[size];
        _count = new int[size];
        _next = new int[tokens.Length];
        Array.Fill(_head, -1);
        for (var i = tokens.Length - 1; i >= 0; i--)
        {
            var bucket = Bucket(document.Text.AsSpan(tokens[i].Start, tokens[i].Length));
            _next[i] = _head[bucket];
            _head[bucket] = i;
            _count[bucket]++;
        }
    }

    /// <summary>The bucket of a word (in any case); <see cref="First"/> and <see cref="Next"/> walk it.</summary>
    public int Bucket(ReadOnlySpan<char> word) => string.GetHashCode(word, StringComparison.OrdinalIgnoreCase) & _mask;

    /// <summary>How many tokens share the bucket: at least as many as the word occurs.</summary>
    public int CountOf(int bucket) => _count[bucket];

    /// <summary>The first token of the bucket, -1 when none.</summary>
    public int First(int bucket) => _head[bucket];

    /// <summary>The next token of the same bucket after <paramref name="token"/>, -1 when none.</summary>
    public int Next(int token) => _next[token];
}
