using System.Text.RegularExpressions;
using FineTuneGraph.Corpus;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Extraction;

/// <summary>A context rule's <c>overrides</c>: the head noun or the title types a name against the dictionary or an acronym.</summary>
public sealed class ContextOverrideTests
{
    private static readonly RuleSource Here = new("contexts.yaml", 1, 1);

    [Fact]
    public void Extract_KnownMethodBeforeBenchmark_IsADatasetThereOnly()
    {
        var extractor = new Extractor(Pack(new ContextRule("the-benchmark", new Regex(@"\bthe (?<target>[A-Z][\w-]*) benchmark\b"), RuleScope.Abstract,
            [EntityTypes.Dataset], EntityTypes.Dataset, CreateCondition.Coined, false, Here) { Overrides = [EntityTypes.Method] }));

        var result = extractor.Extract(Paper("T", "We apply LoRA to Llama 2. We report results on the RAFT benchmark. RAFT is hard."));

        var raft = Assert.Single(result.Entities, e => e.Name == "RAFT");
        Assert.Equal((EntityTypes.Dataset, true), (raft.Type, raft.Local));
        Assert.Equal(2, raft.Mentions.Count);
        Assert.Contains(result.Entities, e => e.Key == "lora" && e.Type == EntityTypes.Method);
        Assert.DoesNotContain(result.Entities, e => e.Key == "raft-method");
    }

    [Fact]
    public void Extract_KnownMethodWrittenOtherwiseElsewhere_KeepsThoseMentions()
    {
        var extractor = new Extractor(Pack(new ContextRule("the-benchmark", new Regex(@"\bthe (?<target>[A-Z][\w-]*) benchmark\b"), RuleScope.Abstract,
            [EntityTypes.Dataset], EntityTypes.Dataset, CreateCondition.Coined, false, Here) { Overrides = [EntityTypes.Method] }));

        var result = extractor.Extract(Paper("T", "We evaluate on the RAFT benchmark. Reward rAnked FineTuning aligns models."));

        Assert.Contains(result.Entities, e => e.Name == "RAFT" && e.Type == EntityTypes.Dataset);
        Assert.Contains(result.Entities, e => e.Key == "raft-method" && e.Type == EntityTypes.Method);
    }

    [Fact]
    public void Extract_LocalOnly_LeavesADictionaryEntityAlone()
    {
        var extractor = new Extractor(Pack(new ContextRule("the-dataset", new Regex(@"\bthe (?<target>[A-Z][\w-]*) dataset\b"), RuleScope.Abstract,
            [EntityTypes.Dataset], EntityTypes.Dataset, CreateCondition.Coined, false, Here) { Overrides = [EntityTypes.Method], OverridesLocalOnly = true }));

        var result = extractor.Extract(Paper("T", "We build the SFT dataset."));

        Assert.Contains(result.Entities, e => e.Key == "supervised-fine-tuning" && e.Type == EntityTypes.Method);
        Assert.DoesNotContain(result.Entities, e => e.Type == EntityTypes.Dataset);
    }

    [Fact]
    public void Extract_TitlePrefixAcronymTypedAsATask_IsTheProposedMethodWithItsLongForm()
    {
        var extractor = new Extractor(Pack(new ContextRule("title-over-task", new Regex(@"^(?<target>[^:\s]{2,40}?)\s*:\s"), RuleScope.Title,
            [EntityTypes.Method], EntityTypes.Method, CreateCondition.Coined, true, Here) { Overrides = [EntityTypes.Task] }));

        var result = extractor.Extract(Paper("VAE-MR: Variational Mathematical Reasoning",
            "We describe a variational autoencoder mathematical reasoning (VAE-MR) model. VAE-MR is fast."));

        var method = Assert.Single(result.Entities, e => e.Name == "VAE-MR");
        Assert.Equal((EntityTypes.Method, true), (method.Type, method.Proposed));
        Assert.Contains(method.Mentions, m => m.Surface == "variational autoencoder mathematical reasoning");
        Assert.DoesNotContain(result.Entities, e => e.Type == EntityTypes.Task && e.Name == "VAE-MR");
    }

    private static CompiledRulePack Pack(ContextRule rule)
    {
        var tiny = TinyPack.Compile().Pack;
        var raft = new EntityRule("raft-method", EntityTypes.Method, "RAFT", ["Reward rAnked FineTuning"], CaseMode.Auto, new Dictionary<string, string>(), [], Here);
        return CompiledRulePack.Compile(tiny with { Entities = [.. tiny.Entities, raft], Contexts = [rule] });
    }

    private static Paper Paper(string title, string text) => new()
    {
        Id = PaperIdentity.Slug(title),
        Title = title,
        Abstract = text,
        Source = new SourceLocation("test"),
    };
}
