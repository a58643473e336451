using FineTuneGraph.Evaluation;
using static FineTuneGraph.Core.Tests.Evaluation.Gold;

namespace FineTuneGraph.Core.Tests.Evaluation;

public sealed class EntityScoringTests
{
    [Theory]
    [InlineData("Llama 2", "Llama 2")]
    [InlineData("Llama-2", "Llama 2")]
    [InlineData("LLAMA 2", "llama-2")]
    [InlineData("Flan-T5 XL", "flan t5-xl")]
    public void Score_NameEqualAfterNormalising_IsTruePositive(string predicted, string gold)
    {
        var report = Score(
            Paper("A") with { Models = [Entity(gold, gold)] },
            Paper("A") with { Models = [Entity(predicted, predicted)] });

        Assert.Equal(new Score(1, 0, 0), report[EvaluationKind.Model]);
        Assert.Empty(report.Errors);
    }

    [Fact]
    public void Score_DifferentNames_AreOneFalsePositiveAndOneFalseNegative()
    {
        var report = Score(
            Paper("A") with { Models = [Entity("Llama 2", "Llama 2")] },
            Paper("A") with { Models = [Entity("Llama 3", "Llama 3")] });

        Assert.Equal(new Score(0, 1, 1), report[EvaluationKind.Model]);
        Assert.Equal(
            [new EvaluationError("a", EvaluationKind.Model, EvaluationErrorType.FalseNegative, "Llama 2"),
             new EvaluationError("a", EvaluationKind.Model, EvaluationErrorType.FalsePositive, "Llama 3")],
            report.Errors);
    }

    [Fact]
    public void Score_PredictedNameIsAGoldMention_Matches()
    {
        var report = Score(
            Paper("A") with { Methods = [Method("direct preference optimization", "Direct Preference Optimization", "DPO")] },
            Paper("A") with { Methods = [Method("DPO")] });

        Assert.Equal(new Score(1, 0, 0), report[EvaluationKind.Method]);
    }

    [Fact]
    public void Score_PredictedMentionIsTheGoldName_Matches()
    {
        var report = Score(
            Paper("A") with { Methods = [Method("LoRA", "LoRA")] },
            Paper("A") with { Methods = [Method("low-rank adaptation", "Low-Rank Adaptation", "LoRA")] });

        Assert.Equal(new Score(1, 0, 0), report[EvaluationKind.Method]);
    }

    [Fact]
    public void Score_TwoPredictionsForOneGoldEntity_AreOneTruePositiveAndOneFalsePositive()
    {
        var report = Score(
            Paper("A") with { Methods = [Method("direct preference optimization", "DPO")] },
            Paper("A") with { Methods = [Method("DPO"), Method("Direct Preference Optimization")] });

        Assert.Equal(new Score(1, 1, 0), report[EvaluationKind.Method]);
        var error = Assert.Single(report.Errors);
        Assert.Equal(EvaluationErrorType.FalsePositive, error.Type);
    }

    [Fact]
    public void Score_PredictionMatchingTwoGoldEntities_LeavesItToTheOneOnlyItCanServe()
    {
        // Greedy in gold order would give "GPT-4" to the first gold entity and leave the second unmatched.
        var report = Score(
            Paper("A") with { Models = [Entity("GPT-4 family", "GPT-4", "GPT-4 Turbo"), Entity("GPT-4", "GPT-4")] },
            Paper("A") with { Models = [Entity("GPT-4"), Entity("GPT-4 Turbo")] });

        Assert.Equal(new Score(2, 0, 0), report[EvaluationKind.Model]);
    }

    [Fact]
    public void Score_EntityOfAnotherType_DoesNotMatch()
    {
        var report = Score(
            Paper("A") with { Datasets = [Entity("MATH", "MATH")] },
            Paper("A") with { Tasks = [Entity("MATH", "MATH")] });

        Assert.Equal(new Score(0, 0, 1), report[EvaluationKind.Dataset]);
        Assert.Equal(new Score(0, 1, 0), report[EvaluationKind.Task]);
    }

    [Fact]
    public void Score_NameWithoutLettersOrDigits_MatchesNothing()
    {
        var report = Score(
            Paper("A") with { Metrics = [Entity("--", "--")] },
            Paper("A") with { Metrics = [Entity("–", "–")] });

        Assert.Equal(new Score(0, 1, 1), report[EvaluationKind.Metric]);
    }

    [Fact]
    public void Score_CountsAreAddedOverPapers()
    {
        GoldRecord[] gold =
        [
            Paper("A") with { Datasets = [Entity("GSM8K", "GSM8K"), Entity("MATH", "MATH")] },
            Paper("B") with { Datasets = [Entity("MMLU", "MMLU")] },
        ];
        GoldRecord[] predicted =
        [
            Paper("A") with { Datasets = [Entity("GSM8K")] },
            Paper("B") with { Datasets = [Entity("MMLU"), Entity("HumanEval")] },
        ];

        var score = Scorer.Score(gold, predicted)[EvaluationKind.Dataset];

        Assert.Equal(new Score(2, 1, 1), score);
        Assert.Equal(2.0 / 3, score.Precision, 10);
        Assert.Equal(2.0 / 3, score.Recall, 10);
    }
}
