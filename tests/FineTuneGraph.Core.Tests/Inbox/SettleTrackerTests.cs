using FineTuneGraph.Inbox;
using Microsoft.Extensions.Time.Testing;

namespace FineTuneGraph.Core.Tests.Inbox;

public sealed class SettleTrackerTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Incomplete = TimeSpan.FromSeconds(30);
    private static readonly DateTime Written = new(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc);

    private readonly FakeTimeProvider _time = new();

    private static InboxFile File(string path, long length, int second = 0) => new(path, length, Written.AddSeconds(second));

    [Fact]
    public void Observe_NewFile_IsNotSettledUntilItStaysUnchangedForTheSettleTime()
    {
        var tracker = new SettleTracker(_time, Settle, Incomplete);

        var first = tracker.Observe([File("a.jsonl", 10)], _ => true);
        _time.Advance(TimeSpan.FromSeconds(1.5));
        var early = tracker.Observe([File("a.jsonl", 10)], _ => true);
        _time.Advance(TimeSpan.FromSeconds(0.5));
        var settled = tracker.Observe([File("a.jsonl", 10)], _ => true);

        Assert.Empty(first.Settled);
        Assert.Equal(Settle, first.NextCheck);
        Assert.Empty(early.Settled);
        Assert.Equal(TimeSpan.FromSeconds(0.5), early.NextCheck);
        Assert.Equal("a.jsonl", Assert.Single(settled.Settled).Path);
        Assert.Null(settled.NextCheck);
    }

    [Fact]
    public void Observe_FileThatKeepsGrowing_StartsItsWaitAgainAtEveryChange()
    {
        var tracker = new SettleTracker(_time, Settle, Incomplete);

        tracker.Observe([File("a.jsonl", 10)], _ => true);
        _time.Advance(TimeSpan.FromSeconds(1.9));
        tracker.Observe([File("a.jsonl", 20, second: 1)], _ => true);
        _time.Advance(TimeSpan.FromSeconds(1.9));
        var stillGrowing = tracker.Observe([File("a.jsonl", 20, second: 1)], _ => true);
        _time.Advance(TimeSpan.FromSeconds(0.1));
        var settled = tracker.Observe([File("a.jsonl", 20, second: 1)], _ => true);

        Assert.Empty(stillGrowing.Settled);
        Assert.Single(settled.Settled);
    }

    [Fact]
    public void Observe_FileWhoseEndLooksIncomplete_WaitsTheLongerTime()
    {
        var tracker = new SettleTracker(_time, Settle, Incomplete);

        tracker.Observe([File("half.jsonl", 10)], _ => false);
        _time.Advance(TimeSpan.FromSeconds(10));
        var waiting = tracker.Observe([File("half.jsonl", 10)], _ => false);
        _time.Advance(TimeSpan.FromSeconds(20));
        var givenUp = tracker.Observe([File("half.jsonl", 10)], _ => false);

        Assert.Empty(waiting.Settled);
        Assert.Equal(TimeSpan.FromSeconds(20), waiting.NextCheck);
        Assert.Single(givenUp.Settled);
    }

    [Fact]
    public void Observe_FileThatWasRemovedAndComesBack_WaitsAgain()
    {
        var tracker = new SettleTracker(_time, Settle, Incomplete);

        tracker.Observe([File("a.jsonl", 10)], _ => true);
        _time.Advance(TimeSpan.FromSeconds(5));
        tracker.Observe([], _ => true);
        var back = tracker.Observe([File("a.jsonl", 10)], _ => true);

        Assert.Empty(back.Settled);
    }
}
