using System.Text.Json.Nodes;
using FineTuneGraph.Evaluation;
using static FineTuneGraph.Core.Tests.Evaluation.Gold;

namespace FineTuneGraph.Core.Tests.Evaluation;

public sealed class EvaluationReportTests
{
    [Fact]
    public void ToJson_HasEntitiesAndRelationsWithEveryMeasure()
    {
        var report = Score(
            Paper("A") with { Methods = [Method("LoRA", "LoRA"), Method("QLoRA", "QLoRA")], MethodDataset = [Pair("LoRA", "GSM8K")] },
            Paper("A") with { Methods = [Method("LoRA"), Method("DoRA")], MethodDataset = [Pair("LoRA", "GSM8K")] });

        var json = JsonNode.Parse(report.ToJson())!.AsObject();

        Assert.Equal(["entities", "relations"], json.Select(p => p.Key));
        Assert.Equal(["Method", "Model", "Dataset", "Task", "Metric"], json["entities"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["method_dataset", "method_model", "results", "results_strict"], json["relations"]!.AsObject().Select(p => p.Key));
        foreach (var group in new[] { "entities", "relations" })
        {
            foreach (var (_, score) in json[group]!.AsObject())
            {
                Assert.Equal(["precision", "recall", "f1", "tp", "fp", "fn"], score!.AsObject().Select(p => p.Key));
            }
        }

        var method = json["entities"]!["Method"]!;
        Assert.Equal((0.5, 0.5, 0.5), ((double)method["precision"]!, (double)method["recall"]!, (double)method["f1"]!));
        Assert.Equal((1, 1, 1), ((int)method["tp"]!, (int)method["fp"]!, (int)method["fn"]!));
        Assert.Equal(1.0, (double)json["relations"]!["method_dataset"]!["f1"]!);
        Assert.Equal(0.0, (double)json["relations"]!["results"]!["f1"]!);
    }

    [Fact]
    public void ToJson_RoundsToFourDecimals()
    {
        var report = Score(
            Paper("A") with { Tasks = [Entity("a", "a"), Entity("b", "b"), Entity("c", "c")] },
            Paper("A") with { Tasks = [Entity("a")] });

        var json = JsonNode.Parse(report.ToJson(indented: false))!;

        Assert.Equal(0.3333, (double)json["entities"]!["Task"]!["recall"]!);
        Assert.Equal(0.5, (double)json["entities"]!["Task"]!["f1"]!);
    }

    [Fact]
    public void ToJson_WithErrors_AddsTheClassifiedErrorsAfterTheScores()
    {
        var report = Score(
            Paper("A") with { Methods = [Method("DPO", "DPO")], MethodDataset = [Pair("LoRA", "GSM8K")] },
            Paper("A") with { Models = [Entity("DPO")], MethodDataset = [Pair("LoRA", "MATH")] });

        var json = JsonNode.Parse(report.ToJson(errors: true))!.AsObject();

        Assert.Equal(["entities", "relations", "errors"], json.Select(p => p.Key));
        var errors = json["errors"]!.AsArray();
        Assert.Equal(2, errors.Count);
        Assert.Equal(["paper", "kind", "cause", "gold", "predicted", "predicted_kind"], errors[0]!.AsObject().Select(p => p.Key));
        Assert.Equal(("a", "Method", "wrong_type", "DPO", "DPO", "Model"),
            ((string)errors[0]!["paper"]!, (string)errors[0]!["kind"]!, (string)errors[0]!["cause"]!, (string)errors[0]!["gold"]!, (string)errors[0]!["predicted"]!, (string)errors[0]!["predicted_kind"]!));
        Assert.Equal(("method_dataset", "wrong_pair", "LoRA -> GSM8K", "LoRA -> MATH", "[\"dataset\"]"),
            ((string)errors[1]!["kind"]!, (string)errors[1]!["cause"]!, (string)errors[1]!["gold"]!, (string)errors[1]!["predicted"]!, errors[1]!["differences"]!.ToJsonString()));
    }

    [Fact]
    public void ToJson_WithoutErrors_HasNoErrorsArray()
    {
        var report = Score(Paper("A") with { Methods = [Method("DPO", "DPO")] }, Paper("A"));

        var json = JsonNode.Parse(report.ToJson())!.AsObject();

        Assert.False(json.ContainsKey("errors"));
        Assert.Equal("missed", Assert.Single(report.ClassifiedErrors).Cause.Name());
    }

    [Fact]
    public async Task Score_SeedGoldAgainstItself_IsPerfect()
    {
        var gold = await GoldFile.ReadAsync(SeedPath, TestContext.Current.CancellationToken);

        var report = Scorer.Score(gold, gold);

        Assert.Empty(report.Errors);
        Assert.Equal((gold.Count, 0, 0), (report.PapersMatched, report.GoldPapersUnmatched, report.PredictedPapersUnmatched));
        Assert.All(EvaluationKinds.All, kind =>
        {
            Assert.True(report[kind].Tp > 0, $"{kind} has no gold items");
            Assert.Equal(1.0, report[kind].F1);
        });
    }

    [Fact]
    public async Task Score_SeedGoldAgainstNothing_IsAllFalseNegatives()
    {
        var gold = await GoldFile.ReadAsync(SeedPath, TestContext.Current.CancellationToken);

        var report = Scorer.Score(gold, []);

        Assert.All(EvaluationKinds.All, kind => Assert.Equal((0, 0, 0.0), (report[kind].Tp, report[kind].Fp, report[kind].F1)));
        Assert.Equal(EvaluationKinds.All.Sum(kind => report[kind].Fn), report.Errors.Count);
    }
}
