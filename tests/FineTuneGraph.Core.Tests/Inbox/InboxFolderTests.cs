using FineTuneGraph.Inbox;

namespace FineTuneGraph.Core.Tests.Inbox;

public sealed class InboxFolderTests : IDisposable
{
    private readonly string _inbox = Directory.CreateTempSubdirectory("ftg-inbox-unit-").FullName;

    public void Dispose() => Directory.Delete(_inbox, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_inbox, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Scan_TakesSupportedFilesInSubfolders_AndLeavesHiddenTemporaryAndOwnFilesAlone()
    {
        Write("a.jsonl", "{}\n");
        Write("sub/b.txt", "x");
        Write("sub/deeper/c.json.gz", "x");
        Write("d.jsonl.part", "{}\n");
        Write("e.jsonl.tmp", "{}\n");
        Write(".hidden.jsonl", "{}\n");
        Write(".failed/f.jsonl", "{}\n");
        Write(".ftg/worker.json", "{}");
        Write("sub/.cache/g.jsonl", "{}\n");
        Write("notes.md", "x");

        var files = InboxScanner.Scan(_inbox).Select(f => Path.GetRelativePath(_inbox, f.Path).Replace('\\', '/'));

        Assert.Equal(["a.jsonl", "sub/b.txt", "sub/deeper/c.json.gz"], files);
    }

    [Fact]
    public void Scan_LinkLoopsEnd_AndALinkedFileIsSeenWithItsTargetsLength()
    {
        var outside = Directory.CreateTempSubdirectory("ftg-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "linked.jsonl"), "{\"id\": 1}\n");
            File.CreateSymbolicLink(Path.Combine(_inbox, "linked.jsonl"), Path.Combine(outside, "linked.jsonl"));
            Directory.CreateSymbolicLink(Path.Combine(_inbox, "loop"), _inbox);
            Directory.CreateSymbolicLink(Path.Combine(_inbox, "loop2"), Path.Combine(_inbox, "loop"));

            var files = InboxScanner.Scan(_inbox);

            var linked = Assert.Single(files);
            Assert.Equal(Path.Combine(_inbox, "linked.jsonl"), linked.Path);
            Assert.Equal(10, linked.Length);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Theory]
    [InlineData("a.jsonl", "{\"id\": 1}\n", true)]
    [InlineData("a.jsonl", "{\"id\": 1}\n{\"id\": 2", false)]
    [InlineData("a.ndjson", "{\"id\": 1}", false)]
    [InlineData("a.json", "[{\"id\": 1}]  \n", true)]
    [InlineData("a.json", "{\"papers\": [{\"id\": 1}, {\"id\"", false)]
    [InlineData("a.txt", "Title\n\nAbstract without an end", true)]
    [InlineData("a.jsonl", "", false)]
    public void LooksComplete_TellsAFinishedDocumentFromOneStillBeingWritten(string name, string text, bool complete)
    {
        Assert.Equal(complete, FileCompleteness.LooksComplete(Write(name, text)));
    }

    [Fact]
    public void QuarantineMove_KeepsTheSubfolder_WritesTheReasons_AndNeverOverwritesAnEarlierFailure()
    {
        var at = new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.Zero);
        var first = Quarantine.Move(_inbox, Write("sub/bad.json", "{"), ["sub/bad.json: invalid JSON, file skipped"], at);
        var second = Quarantine.Move(_inbox, Write("sub/bad.json", "{{"), ["again"], at);

        Assert.Equal(Path.Combine(_inbox, ".failed", "sub", "bad.json"), first);
        Assert.Equal(Path.Combine(_inbox, ".failed", "sub", "bad.20261203T093000.000Z.json"), second);
        Assert.False(File.Exists(Path.Combine(_inbox, "sub", "bad.json")));
        Assert.Equal("{", File.ReadAllText(first));
        var reasons = File.ReadAllText(first + ".error.txt");
        Assert.Contains("could not read sub/bad.json (moved here 2026-12-03 09:30:00 UTC)", reasons, StringComparison.Ordinal);
        Assert.Contains("  - sub/bad.json: invalid JSON, file skipped", reasons, StringComparison.Ordinal);
    }

    [Fact]
    public void HealthFile_RoundTrips_AndIsJudgedByAgeAndState()
    {
        var now = new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.Zero);
        var status = new WorkerStatus(WorkerStates.Idle, now, 42, _inbox, "rules", "hash", 0, null, now.AddHours(-1), 3, 1, 10,
            new LastBuild("ingest-1", "completed", 3, 12, 10, 2, 0, now.AddMinutes(-5)));
        WorkerHealthFile.Write(Path.Combine(_inbox, ".ftg"), status);

        var read = WorkerHealthFile.Read(Path.Combine(_inbox, ".ftg"));

        Assert.Equal(status, read);
        Assert.True(WorkerHealthFile.Judge(read, now.AddSeconds(30), TimeSpan.FromSeconds(60)).Healthy);
        Assert.False(WorkerHealthFile.Judge(read, now.AddSeconds(90), TimeSpan.FromSeconds(60)).Healthy);
        Assert.False(WorkerHealthFile.Judge(read! with { State = WorkerStates.WaitingForNeo4j }, now, TimeSpan.FromSeconds(60)).Healthy);
        Assert.False(WorkerHealthFile.Judge(read with { State = WorkerStates.Stopped }, now, TimeSpan.FromSeconds(60)).Healthy);
        Assert.False(WorkerHealthFile.Judge(null, now, TimeSpan.FromSeconds(60)).Healthy);
    }
}
