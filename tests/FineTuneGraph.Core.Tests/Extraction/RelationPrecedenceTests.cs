using System.Text.RegularExpressions;
using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Extraction;

/// <summary>Training data apart from evaluation (TRAINED_ON, <c>yields_to</c>), and settings that are no relation's source (<c>not_from</c>).</summary>
public sealed class RelationPrecedenceTests
{
    private static readonly RuleSource Here = new("relations.yaml", 1, 1);

    private static readonly Regex Settings = new(@"(?i)^(?:offline\s)?reinforcement learning$");

    private readonly Extractor _extractor = new(Pack());

    [Fact]
    public void Extract_TrainedOnADataset_IsTrainedOnAndNotAlsoEvaluatedOn()
    {
        var result = Extract("T", "LoRA is fine-tuned on GSM8K.");

        var relation = Assert.Single(result.Relations, r => r.Type is "TRAINED_ON" or "EVALUATED_ON");
        Assert.Equal(("TRAINED_ON", "lora", "gsm8k"), (relation.Type, relation.FromKey, relation.ToKey));
    }

    [Fact]
    public void Extract_EvaluatedWithoutATrainingWord_StaysEvaluatedOn()
    {
        var result = Extract("T", "We evaluate LoRA on GSM8K.");

        var relation = Assert.Single(result.Relations, r => r.Type is "TRAINED_ON" or "EVALUATED_ON");
        Assert.Equal(("EVALUATED_ON", "lora", "gsm8k"), (relation.Type, relation.FromKey, relation.ToKey));
    }

    [Fact]
    public void Extract_TrainedInOneSentenceEvaluatedInAnother_KeepsTheTrainedOnOfItsSentence()
    {
        var result = Extract("T", "LoRA is trained on GSM8K. Then we evaluate SFT on MATH.");

        Assert.Contains(result.Relations, r => r.Type == "TRAINED_ON" && r.FromKey == "lora" && r.ToKey == "gsm8k" && r.Sentence == 1);
        Assert.Contains(result.Relations, r => r.Type == "EVALUATED_ON" && r.FromKey == "supervised-fine-tuning" && r.ToKey == "math-dataset");
        Assert.DoesNotContain(result.Relations, r => r.Type == "EVALUATED_ON" && r.FromKey == "lora");
    }

    [Fact]
    public void Extract_SettingBesideADataset_IsNoRelationsSource()
    {
        var result = Extract("T", "We study offline reinforcement learning on Atari, and LoRA on GSM8K.");

        Assert.DoesNotContain(result.Relations, r => r.FromKey == "offline-rl" && r.Type != "USES");
        Assert.Contains(result.Relations, r => r.Type == "EVALUATED_ON" && r.FromKey == "lora" && r.ToKey == "gsm8k");
    }

    [Fact]
    public void ToGoldRecord_TrainedOnAndEvaluatedOn_BothCountAsMethodDataset()
    {
        var result = Extract("T", "LoRA is fine-tuned on GSM8K. We evaluate SFT on MATH.");

        var record = GoldRecordWriter.ToGoldRecord(result);

        Assert.Equal([("LoRA", "GSM8K"), ("supervised fine-tuning", "MATH")], record.MethodDataset.Select(p => (p.Method, p.Target)).Order());
    }

    private static CompiledRulePack Pack()
    {
        var tiny = TinyPack.Compile().Pack;
        var entities = new List<EntityRule>(tiny.Entities)
        {
            new("offline-rl", EntityTypes.Method, "offline reinforcement learning", [], CaseMode.Auto, new Dictionary<string, string>(), [], Here),
            new("atari", EntityTypes.Dataset, "Atari", [], CaseMode.Auto, new Dictionary<string, string>(), [], Here),
        };
        RelationRule[] relations =
        [
            new("trained", "TRAINED_ON", EntityTypes.Method, EntityTypes.Dataset, new Regex(@"\b(?:trained|fine-tuned) on\b"), true, RelationOrder.FromFirst, 100, null, Here,
                NotFrom: Settings),
            new("on", "EVALUATED_ON", EntityTypes.Method, EntityTypes.Dataset, new Regex(@"\b(?:on|with)\b"), true, RelationOrder.Any, 100, null, Here,
                NotFrom: Settings, YieldsTo: ["TRAINED_ON"]),
        ];
        return CompiledRulePack.Compile(tiny with { Entities = entities, Relations = relations });
    }

    private PaperExtraction Extract(string title, string text) => _extractor.Extract(new Paper
    {
        Id = PaperIdentity.Slug(title),
        Title = title,
        Abstract = text,
        Source = new SourceLocation("test"),
    });
}
