using FineTuneGraph.Evaluation;
using static FineTuneGraph.Core.Tests.Evaluation.Gold;

namespace FineTuneGraph.Core.Tests.Evaluation;

public sealed class ErrorClassificationTests
{
    public static TheoryData<string, GoldRecord, GoldRecord, string[]> Cases => new()
    {
        {
            "gold item with nothing near it",
            Paper("A") with { Methods = [Method("LoRA", "LoRA")] },
            Paper("A"),
            ["missed Method a: gold \"LoRA\""]
        },
        {
            "prediction with nothing near it",
            Paper("A"),
            Paper("A") with { Datasets = [Entity("MATH")] },
            ["spurious Dataset a: predicted \"MATH\""]
        },
        {
            "same form under another kind",
            Paper("A") with { Methods = [Method("direct preference optimization", "DPO")] },
            Paper("A") with { Models = [Entity("DPO")] },
            ["wrong type Method a: gold \"direct preference optimization\", predicted \"DPO\" as Model"]
        },
        {
            "predicted name inside the gold name",
            Paper("A") with { Models = [Entity("Llama 2-Chat 70B", "Llama 2-Chat 70B")] },
            Paper("A") with { Models = [Entity("Llama 2-Chat")] },
            ["wrong boundary Model a: gold \"Llama 2-Chat 70B\", predicted \"Llama 2-Chat\""]
        },
        {
            "gold name inside the predicted name",
            Paper("A") with { Metrics = [Entity("win rate", "win rate")] },
            Paper("A") with { Metrics = [Entity("length-controlled win rate")] },
            ["wrong boundary Metric a: gold \"win rate\", predicted \"length-controlled win rate\""]
        },
        {
            "predicted words among the gold words, not adjacent",
            Paper("A") with { Models = [Entity("Llama 2 70B Chat", "Llama 2 70B Chat")] },
            Paper("A") with { Models = [Entity("Llama 2 Chat")] },
            ["wrong boundary Model a: gold \"Llama 2 70B Chat\", predicted \"Llama 2 Chat\""]
        },
        {
            "right method, wrong dataset",
            Paper("A") with { MethodDataset = [Pair("LoRA", "GSM8K")] },
            Paper("A") with { MethodDataset = [Pair("LoRA", "MATH")] },
            ["wrong pair method_dataset a: gold \"LoRA -> GSM8K\", predicted \"LoRA -> MATH\"; differs: dataset"]
        },
        {
            "right model, wrong method",
            Paper("A") with { Models = [Entity("Llama 2", "Llama-2")], MethodModel = [Pair("SFT", "Llama 2")] },
            Paper("A") with { Models = [Entity("Llama 2")], MethodModel = [Pair("DPO", "Llama-2")] },
            ["wrong pair method_model a: gold \"SFT -> Llama 2\", predicted \"DPO -> Llama-2\"; differs: method"]
        },
        {
            "pairs with no end in common",
            Paper("A") with { MethodDataset = [Pair("LoRA", "GSM8K")] },
            Paper("A") with { MethodDataset = [Pair("DPO", "MATH")] },
            ["missed method_dataset a: gold \"LoRA -> GSM8K\"", "spurious method_dataset a: predicted \"DPO -> MATH\""]
        },
        {
            "same digits, other metric",
            Paper("A") with { Results = [Result("58.8%", "accuracy")] },
            Paper("A") with { Results = [Result("58.8", "F1")] },
            [
                "wrong field results a: gold \"58.8% (metric: accuracy)\", predicted \"58.8 (metric: F1)\"; differs: metric",
                "wrong field results_strict a: gold \"58.8% (metric: accuracy)\", predicted \"58.8 (metric: F1)\"; differs: metric",
            ]
        },
        {
            "same digits, other dataset and no method",
            Paper("A") with { Results = [new GoldResult("3%", "accuracy", "GSM8K", "DPO", null)] },
            Paper("A") with { Results = [new GoldResult("3%", "accuracy", "MATH", null, "Llama 2")] },
            ["wrong field results_strict a: gold \"3% (metric: accuracy, dataset: GSM8K, method: DPO)\", predicted \"3% (metric: accuracy, dataset: MATH, model: Llama 2)\"; differs: dataset, method"]
        },
        {
            "other digits",
            Paper("A") with { Results = [Result("5%")] },
            Paper("A") with { Results = [Result("6%")] },
            [
                "missed results a: gold \"5%\"",
                "spurious results a: predicted \"6%\"",
                "missed results_strict a: gold \"5%\"",
                "spurious results_strict a: predicted \"6%\"",
            ]
        },
        {
            "one prediction near two gold entities explains one",
            Paper("A") with { Models = [Entity("Llama 2-Chat 70B", "Llama 2-Chat 70B"), Entity("Llama 2-Chat 13B", "Llama 2-Chat 13B")] },
            Paper("A") with { Models = [Entity("Llama 2-Chat")] },
            ["missed Model a: gold \"Llama 2-Chat 13B\"", "wrong boundary Model a: gold \"Llama 2-Chat 70B\", predicted \"Llama 2-Chat\""]
        },
        {
            "one gold pair near two predicted pairs explains one",
            Paper("A") with { MethodDataset = [Pair("LoRA", "GSM8K")] },
            Paper("A") with { MethodDataset = [Pair("LoRA", "MATH"), Pair("LoRA", "SVAMP")] },
            ["spurious method_dataset a: predicted \"LoRA -> SVAMP\"", "wrong pair method_dataset a: gold \"LoRA -> GSM8K\", predicted \"LoRA -> MATH\"; differs: dataset"]
        },
        {
            "gold entity near a prediction of another kind and one of its kind: wrong type first",
            Paper("A") with { Methods = [Method("DPO", "DPO")] },
            Paper("A") with { Methods = [Method("DPO-Positive")], Models = [Entity("DPO")] },
            ["spurious Method a: predicted \"DPO-Positive\"", "wrong type Method a: gold \"DPO\", predicted \"DPO\" as Model"]
        },
        {
            "matched items are no errors",
            Paper("A") with { Models = [Entity("Llama 2", "Llama 2")], Datasets = [Entity("GSM8K", "GSM8K")] },
            Paper("A") with { Models = [Entity("Llama-2")], Datasets = [Entity("GSM8K"), Entity("GSM8K-Hard")] },
            ["spurious Dataset a: predicted \"GSM8K-Hard\""]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Score_UnmatchedItems_AreClassifiedByCause(string description, GoldRecord gold, GoldRecord predicted, string[] expected)
    {
        var report = Score(gold, predicted);

        Assert.True(expected.SequenceEqual(report.ClassifiedErrors.Select(e => e.ToString())),
            $"{description}:\n{string.Join("\n", report.ClassifiedErrors)}");
    }

    [Fact]
    public async Task Score_SeedGoldWithMethodsAndModelsSwapped_ExplainsEveryErrorOnce()
    {
        var gold = await GoldFile.ReadAsync(SeedPath, TestContext.Current.CancellationToken);
        var predicted = gold.Select(g => g with { Methods = g.Models, Models = g.Methods, Results = [] }).ToList();

        var report = Scorer.Score(gold, predicted);

        var falseNegatives = report.Errors.Count(e => e.Type == EvaluationErrorType.FalseNegative);
        var falsePositives = report.Errors.Count(e => e.Type == EvaluationErrorType.FalsePositive);
        Assert.Equal(falseNegatives, report.ClassifiedErrors.Count(e => e.Gold is not null));
        Assert.Equal(falsePositives, report.ClassifiedErrors.Count(e => e.Predicted is not null));
        Assert.Contains(report.ClassifiedErrors, e => e.Cause == ErrorCause.WrongType && e.PredictedKind == EvaluationKind.Model);
        Assert.All(report.ClassifiedErrors.Where(e => e.Kind is EvaluationKind.Results or EvaluationKind.ResultsStrict),
            e => Assert.Equal(ErrorCause.Missed, e.Cause));
    }

    [Theory]
    [InlineData("Llama 2-Chat 70B", new[] { "llama", "2", "chat", "70b" })]
    [InlineData("  GPT-4o ", new[] { "gpt", "4o" })]
    [InlineData("--", new string[0])]
    public void Words_Text_AreTheNormalisedWords(string text, string[] expected)
    {
        Assert.Equal(expected.ToHashSet(StringComparer.Ordinal), ScoringText.Words(text));
    }
}
