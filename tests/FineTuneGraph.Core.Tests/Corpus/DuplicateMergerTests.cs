using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Core.Tests.Corpus;

/// <summary>Records of one paper become one paper; records of different papers never do, whatever the script of their titles.</summary>
public sealed class DuplicateMergerTests
{
    private const string Records =
        """
        {"title":"大型语言模型的微调","abstract":"About LoRA."}
        {"title":"Тонкая настройка","abstract":"About GRPO."}
        {"title":"!!!","abstract":"About DPO."}
        {"title":"???","abstract":"About PPO."}
        {"title":"!!!","abstract":"About KTO."}
        {"title":"LoRA для русского языка","abstract":"About Russian."}
        {"title":"LoRA для китайского языка","abstract":"About Chinese."}

        """;

    [Fact]
    public async Task ReadAsync_TitlesWithoutLatinLetters_StayDistinctPapers()
    {
        var (papers, report) = await CorpusTestKit.ReadTextAsync("titles.jsonl", Records);

        Assert.Empty(report.Problems);
        Assert.Equal(7, papers.Count);
        Assert.Equal(7, papers.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(papers, p => Assert.NotEqual("", p.Id));
        Assert.Contains(papers, p => p.Id == "大型语言模型的微调");
        Assert.Contains(papers, p => p.Id == "тонкая-настройка");
    }

    [Fact]
    public async Task ReadAsync_TheSameRecordsTwice_GetTheSameIds()
    {
        var (first, _) = await CorpusTestKit.ReadTextAsync("titles.jsonl", Records);
        var (second, _) = await CorpusTestKit.ReadTextAsync("titles.jsonl", Records);

        Assert.Equal(first.Select(p => p.Id), second.Select(p => p.Id));
    }

    [Fact]
    public async Task ReadAsync_TheSameNonLatinTitleTwice_IsMergedAndReported()
    {
        var (papers, report) = await CorpusTestKit.ReadTextAsync("titles.jsonl",
            "{\"title\":\"Тонкая настройка\",\"abstract\":\"Short.\"}\n{\"title\":\"ТОНКАЯ  настройка!\",\"abstract\":\"A longer abstract.\"}\n");

        var paper = Assert.Single(papers);
        Assert.Equal("тонкая-настройка", paper.Id);
        Assert.Equal("A longer abstract.", paper.Abstract);
        Assert.Equal(CorpusProblemKind.Duplicate, Assert.Single(report.Problems).Kind);
    }

    [Fact]
    public async Task ReadAsync_TitleOnlyRecordThenRecordWithArxivId_MergeUnderTheArxivId()
    {
        var (papers, report) = await CorpusTestKit.ReadTextAsync("titles.jsonl",
            "{\"title\":\"大型语言模型的微调\",\"abstract\":\"About LoRA.\"}\n{\"id\":\"2403.01234\",\"title\":\"大型语言模型的微调\",\"abstract\":\"About LoRA.\"}\n");

        Assert.Equal("2403.01234", Assert.Single(papers).Id);
        Assert.Equal(CorpusProblemKind.Duplicate, Assert.Single(report.Problems).Kind);
    }
}
