using FineTuneGraph.Extraction;
using FineTuneGraph.Core.Tests.Support;
using FineTuneGraph.Rules;
using static FineTuneGraph.Core.Tests.Extraction.Stages.StageHarness;

namespace FineTuneGraph.Core.Tests.Extraction.Stages;

public sealed class FindingStageTests
{
    private static readonly Lazy<CompiledRulePack> DefaultPack = new(() => CompiledRulePack.Compile(RulePackLoader.Load(CorpusTestKit.Repository("rules"))));

    [Fact]
    public void Run_ClaimSentence_BecomesAFindingWithItsValueAndEntities()
    {
        using var work = WorkBefore(FindingStage.StageName, "T", "Setup follows prior work. LoRA improves accuracy on GSM8K by 5.2%.");

        Stage(FindingStage.StageName).Run(work);

        var finding = Assert.Single(work.Findings);
        Assert.Equal("5.2%", Assert.Single(finding.Values).Text);
        Assert.Equal((FindingDirection.Up, "accuracy"), (finding.Direction, finding.MetricKey));
        Assert.Equal(["lora"], finding.MethodKeys);
        Assert.Equal(["gsm8k"], finding.DatasetKeys);
        var subject = Assert.Single(finding.ValueSubjects);
        Assert.Equal(("accuracy", "gsm8k", "lora"), (subject.Metric?.Key, subject.Dataset?.Key, subject.Method?.Key));
    }

    [Fact]
    public void Run_ValuesInTheirOwnClauses_TakeTheDatasetOfTheirClause()
    {
        using var work = WorkBefore(FindingStage.StageName, "T", "Setup follows prior work. LoRA gives a 3% improvement in GSM8K accuracy and a 1% improvement in MATH accuracy.");

        Stage(FindingStage.StageName).Run(work);

        var subjects = Assert.Single(work.Findings).ValueSubjects;
        Assert.Equal(["gsm8k", "math-dataset"], subjects.Select(s => s.Dataset?.Key));
        Assert.All(subjects, s => Assert.Equal(("accuracy", "lora"), (s.Metric?.Key, s.Method?.Key)));
    }

    [Fact]
    public void Run_ValuesWithTheirOwnMethods_TakeTheMethodOfTheirClause()
    {
        using var work = WorkBefore(FindingStage.StageName, "T", "Setup follows prior work. Accuracy improves to 42% with LoRA and 43.4% with SFT.");

        Stage(FindingStage.StageName).Run(work);

        Assert.Equal(["lora", "supervised-fine-tuning"], Assert.Single(work.Findings).ValueSubjects.Select(s => s.Method?.Key));
    }

    [Fact]
    public void Run_ValueInParenthesesAfterABaseline_IsTheBaselines()
    {
        using var work = WorkBefore(FindingStage.StageName, "T", "Setup follows prior work. LoRA achieves 62% accuracy, improving over SFT (53.6%) and BERT (35.6%).");

        Stage(FindingStage.StageName).Run(work);

        var subjects = Assert.Single(work.Findings).ValueSubjects;
        Assert.Equal(["lora", "supervised-fine-tuning", null], subjects.Select(s => s.Method?.Key));
        Assert.Equal("bert", subjects[2].Model?.Key);
        Assert.All(subjects, s => Assert.Equal("accuracy", s.Metric?.Key));
    }

    [Fact]
    public void Run_ClaimWithoutValues_HasNoValueSubjects()
    {
        using var work = WorkBefore(FindingStage.StageName, "T", "Setup follows prior work. LoRA improves accuracy on GSM8K.");

        Stage(FindingStage.StageName).Run(work);

        Assert.Empty(Assert.Single(work.Findings).ValueSubjects);
    }

    [Fact]
    public void Run_MethodInALeadingSubordinateClause_IsBackgroundAndThePapersOwnMethodIsTheSubject()
    {
        using var work = WorkBefore(
            FindingStage.StageName,
            "LiNeS: Post-training Layer Scaling",
            "We study forgetting. When integrated with data augmentation, it leads to a 3% improvement in accuracy.",
            DefaultPack.Value);

        Stage(FindingStage.StageName, DefaultPack.Value).Run(work);

        var finding = Assert.Single(work.Findings);
        Assert.Equal(["lines"], finding.MethodKeys);
        Assert.Equal("lines", Assert.Single(finding.ValueSubjects).Method?.Key);
    }

    [Theory]
    [InlineData("Our model, trained on 32K Self-Instruct data with DPO, improves accuracy by 7.6%.", "dpo")]
    [InlineData("Our model, trained with Self-Instruct and DPO, improves accuracy by 7.6%.", "self-instruct")]
    public void Run_MethodNamingDataItMade_IsNotTheSubject(string text, string subject)
    {
        using var work = WorkBefore(FindingStage.StageName, "A Study", "We study tuning. " + text, DefaultPack.Value);

        Stage(FindingStage.StageName, DefaultPack.Value).Run(work);

        Assert.Equal(subject, Assert.Single(Assert.Single(work.Findings).ValueSubjects).Method?.Key);
    }

    [Theory]
    [InlineData("Compared to existing techniques such as LoRA, QLoRA achieves up to a 4% improvement in accuracy.", "qlora", "lora")]
    [InlineData("QLoRA outperforms baselines such as LoRA, DoRA and IA3 by 4%.", "qlora", "dora")]
    public void Run_MethodNamedByExampleAfterAComparator_IsABaseline(string sentence, string subject, string baseline)
    {
        using var work = WorkBefore(FindingStage.StageName, "T", "We study adapters. " + sentence, DefaultPack.Value);

        Stage(FindingStage.StageName, DefaultPack.Value).Run(work);

        var finding = Assert.Single(work.Findings);
        Assert.Equal(subject, finding.MethodKeys[0]);
        Assert.Contains(baseline, finding.ComparatorKeys);
        Assert.All(finding.ValueSubjects, s => Assert.Equal(subject, s.Method?.Key));
    }

    [Theory]
    [InlineData("LoRA achieves a refusal rate below 1% on both benchmarks.", "refusal rate")]
    [InlineData("LoRA shows a 30% reduction in inference time.", "inference time")]
    [InlineData("Agents reach over 40% violation rates on the benchmark.", "violation rate")]
    [InlineData("LoRA reaches comparable accuracy with 0.5% trainable parameters.", "trainable parameters")]
    [InlineData("Agents reach less than 10% awareness coverage on the benchmark.", "awareness coverage")]
    public void Run_MeasureNamedNextToTheValue_IsTheValuesMetric(string sentence, string metric)
    {
        var pack = DefaultPack.Value;
        var paper = Paper("T", "We study adapters. " + sentence);

        var result = new Extractor(pack).Extract(paper);

        var subject = Assert.Single(Assert.Single(result.Findings).ValueSubjects);
        var entity = Assert.Single(result.Entities, e => e.Type == EntityTypes.Metric && e.Key == subject.Metric?.Key);
        Assert.Equal(metric, entity.Name);
    }
}
