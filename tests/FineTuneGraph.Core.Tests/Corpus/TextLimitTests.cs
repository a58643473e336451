using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Core.Tests.Corpus;

/// <summary>An over-long title or abstract is cut at the best boundary within the limit, and the paper is kept with a warning.</summary>
public sealed class TextLimitTests
{
    [Theory]
    [InlineData("Short enough.", 20, "Short enough.")]
    [InlineData("First sentence. Second sentence goes on and on", 24, "First sentence.")]
    [InlineData("Tiny. Then a long run of words without any end", 30, "Tiny. Then a long run of words")]
    [InlineData("Is it? Yes! It is. And more words here", 20, "Is it? Yes! It is.")]
    [InlineData("one two three four five six seven", 20, "one two three four")]
    [InlineData("v1.5 is a version number and not a sentence end", 12, "v1.5 is a")]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 10, "abcdefghij")]
    [InlineData("大型语言模型。微调方法很多很多很多", 10, "大型语言模型。")]
    [InlineData("aaaa\U0001F600bbbb", 5, "aaaa")]
    public void Cut_LongText_EndsAtTheBestBoundaryWithinTheLimit(string text, int max, string expected)
    {
        var cut = TextLimit.Cut(text, max);

        Assert.Equal(expected, cut);
        Assert.True(cut.Length <= max);
    }

    [Fact]
    public async Task ReadAsync_AbstractOverTheLimit_IsCutAndThePaperKeptWithAWarning()
    {
        var sentence = "We fine-tune a model and measure it carefully. ";
        var longAbstract = string.Concat(Enumerable.Repeat(sentence, 10_000)).Trim();
        var content = $"{{\"title\":\"Huge Abstract\",\"abstract\":\"{longAbstract}\"}}\n{{\"title\":\"Normal\",\"abstract\":\"Short.\"}}\n";

        var (papers, report) = await CorpusTestKit.ReadTextAsync("big.jsonl", content, options: new CorpusOptions { MaxAbstractChars = 1_000 });

        Assert.Equal(["Huge Abstract", "Normal"], papers.Select(p => p.Title));
        Assert.True(papers[0].Abstract.Length <= 1_000);
        Assert.EndsWith("carefully.", papers[0].Abstract, StringComparison.Ordinal);
        var problem = Assert.Single(report.Problems);
        Assert.Equal((CorpusProblemKind.Truncated, "big.jsonl:1"), (problem.Kind, problem.Location.ToString()));
        Assert.StartsWith("abstract of 469,999 characters cut to 986 (Corpus:MaxAbstractChars is 1,000), paper kept", problem.Message, StringComparison.Ordinal);
        Assert.False(problem.IsFailure);
        Assert.True(problem.IsWarning);
    }

    [Fact]
    public async Task ReadAsync_TitleOverTheLimit_IsCutAndTheIdFollowsTheKeptTitle()
    {
        var title = string.Join(' ', Enumerable.Range(0, 100).Select(i => $"word{i}"));
        var (papers, report) = await CorpusTestKit.ReadTextAsync("t.jsonl", $"{{\"title\":\"{title}\",\"abstract\":\"A.\"}}\n", options: new CorpusOptions { MaxTitleChars = 100 });

        var paper = Assert.Single(papers);
        Assert.True(paper.Title.Length <= 100);
        Assert.Equal(PaperIdentity.TitleKey(paper.Title, paper.Abstract), paper.Id);
        Assert.Equal(CorpusProblemKind.Truncated, Assert.Single(report.Problems).Kind);
    }

    [Theory]
    [InlineData(nameof(CorpusOptions.MaxAbstractChars), 999, "Corpus:MaxAbstractChars must be between 1000 and 100000000.")]
    [InlineData(nameof(CorpusOptions.MaxTitleChars), 99, "Corpus:MaxTitleChars must be between 100 and 1000000.")]
    public void CorpusOptions_LimitOutOfRange_IsRefusedWithTheSettingName(string property, int value, string message)
    {
        var options = new CorpusOptions();
        typeof(CorpusOptions).GetProperty(property)!.SetValue(options, value);
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Equal(message, Assert.Single(results).ErrorMessage);
    }
}
