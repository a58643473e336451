using FineTuneGraph.Corpus;
using FineTuneGraph.Text;

namespace FineTuneGraph.Graph;

/// <summary>A paper's sentences as written, numbered like the extractor numbers them: 0 is the title.</summary>
internal sealed class PaperSentences
{
    private readonly string[] _sentences;

    public PaperSentences(Paper paper)
    {
        var normalized = NormalizedText.Create(paper.Abstract);
        var sentences = new List<string> { paper.Title };
        foreach (var sentence in SentenceSplitter.Split(normalized.Value))
        {
            var (start, end) = normalized.ToOriginal(sentence.Start, sentence.End);
            sentences.Add(paper.Abstract[start..end]);
        }

        _sentences = [.. sentences];
    }

    public string this[int index] => index >= 0 && index < _sentences.Length ? _sentences[index] : string.Empty;
}
