using FineTuneGraph.Evaluation;
using static FineTuneGraph.Core.Tests.Evaluation.Gold;

namespace FineTuneGraph.Core.Tests.Evaluation;

public sealed class PaperPairingTests
{
    [Fact]
    public void Score_GoldPaperWithoutPrediction_CountsEveryItemAsFalseNegative()
    {
        var gold = Paper("Missing Paper") with
        {
            Methods = [Method("LoRA", "LoRA")],
            Datasets = [Entity("GSM8K", "GSM8K")],
            MethodDataset = [Pair("LoRA", "GSM8K")],
            Results = [Result("58.8%", "accuracy")],
        };

        var report = Scorer.Score([gold], [Paper("Another Paper") with { Methods = [Method("LoRA")] }]);

        Assert.Equal(new Score(0, 0, 1), report[EvaluationKind.Method]);
        Assert.Equal(new Score(0, 0, 1), report[EvaluationKind.Dataset]);
        Assert.Equal(new Score(0, 0, 1), report[EvaluationKind.MethodDataset]);
        Assert.Equal(new Score(0, 0, 1), report[EvaluationKind.Results]);
        Assert.Equal((0, 1, 1), (report.PapersMatched, report.GoldPapersUnmatched, report.PredictedPapersUnmatched));
        Assert.All(report.Errors, e => Assert.Equal(("missing-paper", EvaluationErrorType.FalseNegative), (e.PaperId, e.Type)));
    }

    [Fact]
    public void Score_PredictedPaperWithoutGold_IsNotScoredButCounted()
    {
        var report = Scorer.Score(
            [Paper("Gold Paper") with { Models = [Entity("BERT", "BERT")] }],
            [Paper("Gold Paper") with { Models = [Entity("BERT")] }, Paper("Extra Paper") with { Models = [Entity("T5")] }]);

        Assert.Equal(new Score(1, 0, 0), report[EvaluationKind.Model]);
        Assert.Equal((1, 0, 1), (report.PapersMatched, report.GoldPapersUnmatched, report.PredictedPapersUnmatched));
    }

    [Fact]
    public void Score_IdsDiffer_PairsPapersByTitleSlug()
    {
        var gold = Paper("LoRA vs Full Fine-tuning: An Illusion of Equivalence") with { Methods = [Method("LoRA", "LoRA")] };
        var predicted = Paper("LoRA vs. Full Fine-Tuning — an Illusion of Equivalence", id: "2410.21228") with { Methods = [Method("LoRA")] };

        var report = Score(gold, predicted);

        Assert.Equal(1, report.PapersMatched);
        Assert.Equal(new Score(1, 0, 0), report[EvaluationKind.Method]);
    }

    [Fact]
    public void Score_SameId_WinsOverSameTitle()
    {
        var gold = Paper("Title", id: "2401.00001") with { Models = [Entity("BERT", "BERT")] };
        GoldRecord[] predicted =
        [
            Paper("Title", id: "other") with { Models = [Entity("T5")] },
            Paper("A Changed Title", id: "2401.00001") with { Models = [Entity("BERT")] },
        ];

        var report = Scorer.Score([gold], predicted);

        Assert.Equal(new Score(1, 0, 0), report[EvaluationKind.Model]);
        Assert.Equal(1, report.PredictedPapersUnmatched);
    }

    [Fact]
    public void Score_OnePredictedPaper_ServesOneGoldPaperOnly()
    {
        GoldRecord[] gold = [Paper("Same Title", id: "a") with { Models = [Entity("BERT", "BERT")] }, Paper("Same Title", id: "b") with { Models = [Entity("BERT", "BERT")] }];

        var report = Scorer.Score(gold, [Paper("Same Title", id: "x") with { Models = [Entity("BERT")] }]);

        Assert.Equal(new Score(1, 0, 1), report[EvaluationKind.Model]);
        Assert.Equal((1, 1), (report.PapersMatched, report.GoldPapersUnmatched));
    }
}
