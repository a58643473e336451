using System.Text.RegularExpressions;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Extraction;

/// <summary>A six-rule pack built in code, mixing dictionary, pattern, context, relation and finding rules.</summary>
internal static class TinyPack
{
    private static readonly RuleSource Here = new("tiny.yaml", 1, 1);

    public static CompiledRulePack Compile(bool acronyms = true) => CompiledRulePack.Compile(new RulePack(
        "tiny",
        ["tiny.yaml"],
        "hash",
        [
            Entity("lora", EntityTypes.Method, "LoRA", ["Low-Rank Adaptation"], attributes: new() { ["category"] = "PEFT" }),
            Entity("supervised-fine-tuning", EntityTypes.Method, "supervised fine-tuning", ["SFT"]),
            Entity("adapters", EntityTypes.Method, "adapter", []),
            Entity("llama-2", EntityTypes.Model, "Llama 2", ["Llama-2", "LLaMA 2"], attributes: new() { ["family"] = "Llama" }),
            Entity("bert", EntityTypes.Model, "BERT", []),
            Entity("gsm8k", EntityTypes.Dataset, "GSM8K", []),
            Entity("math-dataset", EntityTypes.Dataset, "MATH", [], exclude: [new Regex(@"\bMATH problems\b")]),
            Entity("accuracy", EntityTypes.Metric, "accuracy", []),
            Entity("mathematical-reasoning", EntityTypes.Task, "mathematical reasoning", []),
        ],
        [
            new PatternRule("model-size", EntityTypes.Model, new Regex(@"^[- ]?(?<size>\d+(?:\.\d+)?B)\b"), EntityTypes.Model, "{base} {size}",
                new Dictionary<string, string> { ["size"] = "{size}" }, 0, RuleScope.Text, Here),
        ],
        [
            new ContextRule("title-name", new Regex(@"^(?<target>[^:]{2,40}?)\s*:\s"), RuleScope.Title, [EntityTypes.Method], EntityTypes.Method,
                CreateCondition.CoinedOrRepeated, true, Here),
            new ContextRule("we-propose", new Regex(@"\b[Ww]e propose (?<target>[A-Z][\w-]*)"), RuleScope.Abstract, [EntityTypes.Method], EntityTypes.Method,
                CreateCondition.Coined, true, Here),
            new ContextRule("dataset-list", new Regex(@"\bdatasets such as (?<target>[A-Z][\w-]*)"), RuleScope.Abstract, [EntityTypes.Dataset], EntityTypes.Dataset,
                CreateCondition.Coined, false, Here) { List = true },
        ],
        [
            new RelationRule("on", "EVALUATED_ON", EntityTypes.Method, EntityTypes.Dataset, new Regex(@"\b(?:on|with)\b"), true, RelationOrder.Any, 100,
                new Regex(@"\b[Oo]ur method\b"), Here),
            new RelationRule("to", "APPLIED_TO", EntityTypes.Method, EntityTypes.Model, new Regex(@"\b(?:to|on)\b"), true, RelationOrder.Any, 100, null, Here),
            new RelationRule("addresses", "ADDRESSES", EntityTypes.Paper, EntityTypes.Task, null, true, RelationOrder.Any, 200, null, Here),
        ],
        [
            new FindingRule("claim", new Regex(@"\b(?:improv\w*|reduc\w*|achiev\w*)"), new Regex(@"\bimprov\w*"), new Regex(@"\breduc\w*"),
                new Regex(@"\bnot\b"), new Regex(@"\bmay\b"), Here) { Comparator = new Regex(@"\b(?:over|than)\s+(?:the\s+)?$") },
        ],
        acronyms
            ? new AcronymSettings(true, new Dictionary<string, IReadOnlyList<string>> { [EntityTypes.Method] = ["tuning", "optimization"] })
            : AcronymSettings.Disabled));

    private static EntityRule Entity(string key, string type, string name, string[] aliases, Dictionary<string, string>? attributes = null, Regex[]? exclude = null) =>
        new(key, type, name, aliases, CaseMode.Auto, attributes ?? [], exclude ?? [], Here);
}
