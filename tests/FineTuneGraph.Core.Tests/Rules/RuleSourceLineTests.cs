using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Rules;

public sealed class RuleSourceLineTests
{
    [Fact]
    public void Around_ShortLine_IsTheLineWithTheColumn()
    {
        Assert.Equal(new RuleSourceLine("\t  - key: x", 10), RuleSourceLine.Around("\t  - key: x", 10));
    }

    [Fact]
    public void Around_LongLine_IsClippedAroundTheSpotWithTheCaretOnIt()
    {
        var line = new string('a', 500_000) + "X" + new string('b', 500_000);

        var shown = RuleSourceLine.Around(line, 500_001);

        Assert.Equal(RuleSourceLine.MaxLength + 2, shown.Text.Length);
        Assert.Equal(('…', '…'), (shown.Text[0], shown.Text[^1]));
        Assert.Equal('X', shown.Text[shown.Column - 1]);
    }

    [Fact]
    public void Around_LongLineSpotAtTheStart_IsCutOnlyAfter()
    {
        var shown = RuleSourceLine.Around("X" + new string('b', 1000), 1);

        Assert.Equal((1, 'X', '…'), (shown.Column, shown.Text[0], shown.Text[^1]));
    }
}
