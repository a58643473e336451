using FineTuneGraph.Extraction;

namespace FineTuneGraph.Core.Tests.Extraction;

public sealed class AcceptedMentionsTests
{
    [Fact]
    public void FirstOverlapping_SeveralOverlap_GivesTheFirstAccepted()
    {
        using var mentions = new AcceptedMentions(100);
        var late = Mention(30, 40);
        var early = Mention(10, 20);
        mentions.Add(late);
        mentions.Add(early);

        Assert.Same(late, mentions.FirstOverlapping(15, 35));
        Assert.Same(early, mentions.FirstOverlapping(0, 11));
        Assert.Null(mentions.FirstOverlapping(20, 30));
    }

    [Fact]
    public void Remove_AMention_FreesItsSpanAndLeavesTheOrderOfOthers()
    {
        using var mentions = new AcceptedMentions(100);
        var (a, b, c) = (Mention(0, 5), Mention(10, 15), Mention(20, 25));
        mentions.Add(a);
        mentions.Add(b);
        mentions.Add(c);

        mentions.Remove(b);
        mentions.Add(Mention(11, 12));

        Assert.False(mentions.Contains(b));
        Assert.Equal([0, 20, 11], mentions.InOrder().Select(m => m.Start));
    }

    [Fact]
    public void Replace_AGrownMention_KeepsItsPlaceAndCoversTheNewSpan()
    {
        using var mentions = new AcceptedMentions(100);
        mentions.Add(Mention(0, 5));
        mentions.Add(Mention(10, 15));

        mentions.Replace(0, Mention(0, 8));

        Assert.Equal(8, mentions.EndingAt(8)!.End);
        Assert.Null(mentions.EndingAt(5));
        Assert.Equal([0, 10], mentions.InOrder().Select(m => m.Start));
    }

    [Fact]
    public void CollectInside_MentionsAcrossTheEdges_OnlyTheInnerOnesInOrderOfAcceptance()
    {
        using var mentions = new AcceptedMentions(100);
        mentions.Add(Mention(30, 35));
        mentions.Add(Mention(5, 12));
        mentions.Add(Mention(20, 25));
        mentions.Add(Mention(38, 45));
        var inside = new List<Candidate>();

        mentions.CollectInside(10, 40, inside);

        Assert.Equal([30, 20], inside.Select(m => m.Start));
    }

    [Fact]
    public void AnyOverlapping_OnlyTheExceptedOrIgnoredType_IsFalse()
    {
        using var mentions = new AcceptedMentions(100);
        var method = Mention(0, 5);
        mentions.Add(method);
        mentions.Add(Mention(6, 9) with { Type = "(generic)" });

        Assert.False(mentions.AnyOverlapping(0, 9, method, ignoredType: "(generic)"));
        Assert.True(mentions.AnyOverlapping(0, 9, method));
    }

    [Fact]
    public void OrdersOf_AfterRenamesAndAdds_HoldsEveryMentionOfTheEntity()
    {
        using var mentions = new AcceptedMentions(100);
        mentions.Add(Mention(0, 5) with { Key = "a" });
        mentions.Add(Mention(10, 15) with { Key = "b" });
        Assert.Equal([0], mentions.OrdersOf("Method", "a"));

        mentions.Replace(1, Mention(10, 15) with { Key = "a" });
        mentions.Add(Mention(20, 25) with { Key = "a" });

        var current = mentions.OrdersOf("Method", "a").Where(o => mentions.At(o)?.Key == "a").Order();
        Assert.Equal([0, 1, 2], current);
    }

    private static Candidate Mention(int start, int end) =>
        new("Method", $"m{start}", $"M{start}", start, end, 0, CandidateOrigin.Dictionary, "test", "test", new Dictionary<string, string>());
}
