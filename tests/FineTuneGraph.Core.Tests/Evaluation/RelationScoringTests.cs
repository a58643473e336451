using FineTuneGraph.Evaluation;
using static FineTuneGraph.Core.Tests.Evaluation.Gold;

namespace FineTuneGraph.Core.Tests.Evaluation;

public sealed class RelationScoringTests
{
    [Fact]
    public void Score_PairWithNormalisedEnds_Matches()
    {
        var report = Score(
            Paper("A") with { MethodModel = [Pair("supervised fine-tuning", "Llama 2")] },
            Paper("A") with { MethodModel = [Pair("Supervised Fine-Tuning", "Llama-2")] });

        Assert.Equal(new Score(1, 0, 0), report[EvaluationKind.MethodModel]);
    }

    [Fact]
    public void Score_PairEndIsAMentionOfTheGoldEntity_Matches()
    {
        var report = Score(
            Paper("A") with
            {
                Methods = [Method("direct preference optimization", "Direct Preference Optimization", "DPO")],
                Datasets = [Entity("GSM8K", "GSM8K")],
                MethodDataset = [Pair("direct preference optimization", "GSM8K")],
            },
            Paper("A") with { MethodDataset = [Pair("DPO", "GSM8K")] });

        Assert.Equal(new Score(1, 0, 0), report[EvaluationKind.MethodDataset]);
    }

    [Fact]
    public void Score_PairEndIsAMentionOfThePredictedEntity_Matches()
    {
        var report = Score(
            Paper("A") with { MethodModel = [Pair("RLHF", "Llama 2")] },
            Paper("A") with
            {
                Methods = [Method("reinforcement learning from human feedback", "RLHF")],
                Models = [Entity("Llama 2", "Llama-2")],
                MethodModel = [Pair("reinforcement learning from human feedback", "Llama 2")],
            });

        Assert.Equal(new Score(1, 0, 0), report[EvaluationKind.MethodModel]);
    }

    [Fact]
    public void Score_PairWithOneWrongEnd_IsFalsePositiveAndFalseNegative()
    {
        var report = Score(
            Paper("A") with { MethodDataset = [Pair("LoRA", "GSM8K")] },
            Paper("A") with { MethodDataset = [Pair("LoRA", "MATH")] });

        Assert.Equal(new Score(0, 1, 1), report[EvaluationKind.MethodDataset]);
        Assert.Equal(
            [new EvaluationError("a", EvaluationKind.MethodDataset, EvaluationErrorType.FalseNegative, "LoRA -> GSM8K"),
             new EvaluationError("a", EvaluationKind.MethodDataset, EvaluationErrorType.FalsePositive, "LoRA -> MATH")],
            report.Errors);
    }

    [Fact]
    public void Score_SwappedRelation_DoesNotCount()
    {
        var report = Score(
            Paper("A") with { MethodDataset = [Pair("LoRA", "GSM8K")] },
            Paper("A") with { MethodModel = [Pair("LoRA", "GSM8K")] });

        Assert.Equal(new Score(0, 0, 1), report[EvaluationKind.MethodDataset]);
        Assert.Equal(new Score(0, 1, 0), report[EvaluationKind.MethodModel]);
    }

    [Fact]
    public void Score_SamePairPredictedTwice_IsOneTruePositiveAndOneFalsePositive()
    {
        var report = Score(
            Paper("A") with { MethodDataset = [Pair("LoRA", "GSM8K")] },
            Paper("A") with { MethodDataset = [Pair("LoRA", "GSM8K"), Pair("lora", "gsm8k")] });

        Assert.Equal(new Score(1, 1, 0), report[EvaluationKind.MethodDataset]);
    }

    [Theory]
    [InlineData("58.8%", "58.8")]
    [InlineData("58.8 %", "58.8%")]
    [InlineData("+3.1", "3.1 points")]
    [InlineData("1,000", "1000")]
    public void Score_ResultValuesWithTheSameDigits_Match(string gold, string predicted)
    {
        var report = Score(Paper("A") with { Results = [Result(gold, "accuracy")] }, Paper("A") with { Results = [Result(predicted, "accuracy")] });

        Assert.Equal(new Score(1, 0, 0), report[EvaluationKind.Results]);
    }

    [Theory]
    [InlineData("58.8%", "58.9%")]
    [InlineData("58.8%", "58.80%")]
    [InlineData("5%", "58.8%")]
    public void Score_ResultValuesWithOtherDigits_DoNotMatch(string gold, string predicted)
    {
        var report = Score(Paper("A") with { Results = [Result(gold)] }, Paper("A") with { Results = [Result(predicted)] });

        Assert.Equal(new Score(0, 1, 1), report[EvaluationKind.Results]);
    }

    [Fact]
    public void Score_ResultMetricsDiffer_DoNotMatch()
    {
        var report = Score(
            Paper("A") with { Results = [Result("58.8%", "accuracy")] },
            Paper("A") with { Results = [Result("58.8%", "F1")] });

        Assert.Equal(new Score(0, 1, 1), report[EvaluationKind.Results]);
    }

    [Fact]
    public void Score_ResultMetricsEqualAfterNormalising_Match()
    {
        var report = Score(
            Paper("A") with { Results = [Result("0.71", "macro-F1")] },
            Paper("A") with { Results = [Result("0.71", "Macro F1")] });

        Assert.Equal(new Score(1, 0, 0), report[EvaluationKind.Results]);
    }

    [Theory]
    [InlineData("accuracy", null)]
    [InlineData(null, "accuracy")]
    [InlineData(null, null)]
    public void Score_ResultMetricMissingOnOneSide_Matches(string? gold, string? predicted)
    {
        var report = Score(
            Paper("A") with { Results = [Result("58.8%", gold)] },
            Paper("A") with { Results = [Result("58.8", predicted)] });

        Assert.Equal(new Score(1, 0, 0), report[EvaluationKind.Results]);
    }

    [Fact]
    public void Score_ResultIgnoresDatasetMethodAndModel()
    {
        var report = Score(
            Paper("A") with { Results = [new GoldResult("3%", "accuracy", "GSM8K", "Masked Thought", null)] },
            Paper("A") with { Results = [new GoldResult("3%", "accuracy", "MATH", null, "Llama 2")] });

        Assert.Equal(new Score(1, 0, 0), report[EvaluationKind.Results]);
    }

    [Fact]
    public void Score_EqualResultsStatedTwice_AreMatchedOneToOne()
    {
        var report = Score(
            Paper("A") with { Results = [Result("5%", "accuracy"), Result("5%", "accuracy")] },
            Paper("A") with { Results = [Result("5%", "accuracy")] });

        Assert.Equal(new Score(1, 0, 1), report[EvaluationKind.Results]);
        Assert.Equal("5% (metric: accuracy)", Assert.Single(report.Errors, e => e.Kind == EvaluationKind.Results).Item);
    }

    public static TheoryData<GoldResult, bool> StrictCases => new()
    {
        // Every field the gold states, given and right (by the gold entity's name or one of its mentions).
        { new GoldResult("3%", "accuracy", "GSM8K", "DPO", null), true },
        { new GoldResult("3 %", "Accuracy", "gsm8k", "direct preference optimization", "Llama 2"), true },
        // The right number on the wrong dataset, method or metric, or without a field the gold states.
        { new GoldResult("3%", "accuracy", "MATH", "DPO", null), false },
        { new GoldResult("3%", "accuracy", "GSM8K", "PPO", null), false },
        { new GoldResult("3%", "win rate", "GSM8K", "DPO", null), false },
        { new GoldResult("3%", "accuracy", null, "DPO", null), false },
        { new GoldResult("3%", null, "GSM8K", "DPO", null), false },
        { new GoldResult("4%", "accuracy", "GSM8K", "DPO", null), false },
    };

    [Theory]
    [MemberData(nameof(StrictCases))]
    public void Score_ResultsStrict_NeedsEveryFieldTheGoldStates(GoldResult predicted, bool matches)
    {
        var gold = Paper("A") with
        {
            Methods = [Method("direct preference optimization", "Direct Preference Optimization", "DPO")],
            Datasets = [Entity("GSM8K", "GSM8K")],
            Results = [new GoldResult("3%", "accuracy", "GSM8K", "direct preference optimization", null)],
        };

        var report = Score(gold, Paper("A") with { Results = [predicted] });

        Assert.Equal(matches ? new Score(1, 0, 0) : new Score(0, 1, 1), report[EvaluationKind.ResultsStrict]);
    }
}
