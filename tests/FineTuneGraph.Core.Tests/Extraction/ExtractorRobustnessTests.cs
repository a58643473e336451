using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Extraction;

/// <summary>The default pack on odd text: seeded random mixes of parentheses, acronyms, dashes, unicode and numbers must never throw.</summary>
public sealed class ExtractorRobustnessTests
{
    private static readonly string[] Fragments =
    [
        "(", ")", "((", "))", " ", ". ", ", ", "; ", ": ", "-", "\u2013", "\u00AD", "\u201C", "\u201D", "'", "\"",
        "LoRA", "Low-Rank Adaptation (LoRA)", "BWT (Blue Whale Thing)", "(SFT)", "SFT (supervised fine-tuning)",
        "Llama 2-Chat 70B", "GPT-4o", "Gemini 1.5 Pro", "70B", "5.2%", "+3.1 pp", "2x", "e.g.", "et al.", "(2023)",
        "We propose", "we introduce", "datasets such as GSM8K, MATH and", "called", "X", "Ünïcödé", "\uFB01ne-tuning",
        "ca\u0301fe\u0301", "\uD83D\uDE80", "MATH", "math", "our method", "improves accuracy on", "by", "\n", "\n\n",
    ];

    [Fact]
    public void Extract_RandomTextFromTrickyFragments_NeverThrows()
    {
        var extractor = new Extractor(CompiledRulePack.Compile(RulePackLoader.Load(CorpusTestKit.Repository("rules"))));
        var random = new Random(20261126);

        for (var i = 0; i < 400; i++)
        {
            var title = Build(random, 6);
            var text = Build(random, 60);
            var paper = new Paper { Id = $"p{i}", Title = title, Abstract = text, Source = new SourceLocation("fuzz", i) };

            var exception = Record.Exception(() => GoldRecordWriter.ToGoldRecord(extractor.Extract(paper)).ToJsonLine());

            Assert.True(exception is null, $"case {i} threw {exception}: title {title} abstract {text}");
        }
    }

    private static string Build(Random random, int parts) =>
        string.Concat(Enumerable.Range(0, random.Next(1, parts)).Select(_ => Fragments[random.Next(Fragments.Length)] + (random.Next(3) == 0 ? " " : string.Empty)));
}
