using FineTuneGraph.Evaluation;

namespace FineTuneGraph.Core.Tests.Evaluation;

/// <summary>Short builders for hand-written gold and predicted records.</summary>
internal static class Gold
{
    public static string SeedPath => Path.Combine(AppContext.BaseDirectory, "TestData", "seed-gold.jsonl");

    public static GoldRecord Paper(string title, string? id = null) => new(id ?? FineTuneGraph.Corpus.PaperIdentity.Slug(title), title);

    public static GoldEntity Entity(string name, params string[] mentions) => new(name, mentions);

    public static GoldEntity Method(string name, params string[] mentions) => new(name, mentions, Proposed: false);

    public static GoldPair Pair(string method, string target) => new(method, target);

    public static GoldResult Result(string? value, string? metric = null) => new(value, metric, null, null, null);

    public static EvaluationReport Score(GoldRecord gold, GoldRecord predicted) => Scorer.Score([gold], [predicted]);
}
