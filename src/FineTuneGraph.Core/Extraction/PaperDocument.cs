using FineTuneGraph.Corpus;
using FineTuneGraph.Text;

namespace FineTuneGraph.Extraction;

/// <summary>
/// A paper prepared for matching: title and abstract normalised into one string (<see cref="Text"/>), its tokens,
/// and its sentences (the title is sentence 0). All positions here are in <see cref="Text"/>;
/// <see cref="ToField"/> maps them back to the original title or abstract.
/// </summary>
public sealed class PaperDocument
{
    private const string Separator = "  ";
    private readonly NormalizedText _title;
    private readonly NormalizedText _abstract;
    private readonly int[] _sentenceOfToken;
    private readonly List<Token> _tokens;
    private readonly List<Sentence> _sentences;

    public PaperDocument(Paper paper)
    {
        Paper = paper;
        _title = NormalizedText.Create(paper.Title);
        _abstract = NormalizedText.Create(paper.Abstract);
        AbstractStart = _title.Value.Length + Separator.Length;
        Text = _title.Value + Separator + _abstract.Value;

        var sentences = new List<Sentence> { new(0, 0, _title.Value.Length) };
        foreach (var sentence in SentenceSplitter.Split(_abstract.Value))
        {
            sentences.Add(new Sentence(sentences.Count, sentence.Start + AbstractStart, sentence.End + AbstractStart));
        }

        _sentences = sentences;
        var tokens = new List<Token>(Text.Length / 5);
        Tokenizer.Tokenize(Text, tokens);
        _tokens = tokens;
        _sentenceOfToken = new int[tokens.Count];
        var s = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            while (s < sentences.Count - 1 && tokens[i].Start >= sentences[s].End && tokens[i].Start >= sentences[s + 1].Start)
            {
                s++;
            }

            _sentenceOfToken[i] = s;
        }
    }

    /// <summary>The paper.</summary>
    public Paper Paper { get; }

    /// <summary>Normalised title, two spaces, normalised abstract.</summary>
    public string Text { get; }

    /// <summary>Where the abstract starts in <see cref="Text"/>.</summary>
    public int AbstractStart { get; }

    /// <summary>Sentence 0 is the title; the abstract's sentences follow.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences;

    /// <summary>Tokens of <see cref="Text"/>.</summary>
    public IReadOnlyList<Token> Tokens => _tokens;

    /// <summary>The same tokens, for loops that read every one.</summary>
    internal ReadOnlySpan<Token> TokenSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_tokens);

    /// <summary>The sentence a token is in.</summary>
    public int SentenceOfToken(int token) => _sentenceOfToken[token];

    /// <summary>The sentence containing a position of <see cref="Text"/>.</summary>
    public int SentenceAt(int position)
    {
        // The last sentence that starts at or before the position (sentences are in text order).
        int low = 0, high = _sentences.Count - 1, found = 0;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (_sentences[middle].Start <= position)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    /// <summary>Maps a span of <see cref="Text"/> to the original title or abstract.</summary>
    public (TextField Field, int Start, int End) ToField(int start, int end)
    {
        if (start < AbstractStart)
        {
            var (s, e) = _title.ToOriginal(start, Math.Min(end, _title.Value.Length));
            return (TextField.Title, s, e);
        }

        var (a, b) = _abstract.ToOriginal(start - AbstractStart, end - AbstractStart);
        return (TextField.Abstract, a, b);
    }

    /// <summary>The original text of a span of <see cref="Text"/>.</summary>
    public string OriginalText(int start, int end)
    {
        var (field, s, e) = ToField(start, end);
        return (field == TextField.Title ? Paper.Title : Paper.Abstract)[s..e];
    }
}
