using FineTuneGraph.Evaluation;

namespace FineTuneGraph.Core.Tests.Evaluation;

public sealed class ScoreTests
{
    [Fact]
    public void Measures_FromCounts_AreTheUsualRatios()
    {
        var score = new Score(Tp: 3, Fp: 1, Fn: 2);

        Assert.Equal(0.75, score.Precision, 10);
        Assert.Equal(0.6, score.Recall, 10);
        Assert.Equal(2 * 0.75 * 0.6 / (0.75 + 0.6), score.F1, 10);
    }

    [Fact]
    public void Measures_ZeroDenominators_AreZero()
    {
        Assert.Equal((0.0, 0.0, 0.0), (default(Score).Precision, default(Score).Recall, default(Score).F1));
        Assert.Equal((0.0, 0.0, 0.0), (new Score(0, 2, 0).Precision, new Score(0, 2, 0).Recall, new Score(0, 2, 0).F1));
        Assert.Equal((0.0, 0.0, 0.0), (new Score(0, 0, 2).Precision, new Score(0, 0, 2).Recall, new Score(0, 0, 2).F1));
    }

    [Fact]
    public void Measures_AllCorrect_AreOne()
    {
        var score = new Score(4, 0, 0);

        Assert.Equal((1.0, 1.0, 1.0), (score.Precision, score.Recall, score.F1));
    }

    [Fact]
    public void Add_AddsCounts()
    {
        Assert.Equal(new Score(3, 5, 7), new Score(1, 2, 3).Add(new Score(2, 3, 4)));
    }
}
