using System.Diagnostics;
using FineTuneGraph.Extraction;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Rules.Hostile;

/// <summary>
/// Hostile rule packs (<see cref="HostileRulePacks"/>): each is refused with its diagnostic at its place, or loads,
/// and either way within a bounded time, without ending the process. Each case's outcome, codes, time and memory go
/// to the reliability report.
/// </summary>
[Collection(nameof(HostileRulePackCollection))]
public sealed class RulePackHostileInputTests(ReliabilityReport report) : IClassFixture<ReliabilityReport>
{
    /// <summary>Far above what any case takes (the slowest is under a few seconds), so only a hang fails it.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Cases { get; } = new(HostileRulePacks.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_HostilePack_IsRefusedWithItsDiagnosticOrLoads(string name)
    {
        var hostile = HostileRulePacks.All.Single(c => c.Name == name);
        using var folder = new RulePackFolder();
        hostile.Write(folder.Path);

        var (diagnostics, elapsed, allocated, peak) = Measure(folder.Path);

        var codes = diagnostics.Select(d => d.Code).Distinct().ToArray();
        var where = diagnostics.Count > 0 ? Where(folder.Path, diagnostics[0]) : null;
        report.Add(new ReliabilityRow(
            name,
            diagnostics.Count > 0 ? "refused" : "loaded",
            codes,
            where,
            diagnostics.Count > 0 ? Clip(diagnostics[0].Message) : null,
            InputBytes(folder.Path),
            Math.Round(elapsed.TotalMilliseconds, 1),
            allocated,
            peak));
        var shown = string.Join('\n', diagnostics.Take(5).Select(d => $"{d.Code} {Where(folder.Path, d)} {Clip(d.Message)}"));
        Assert.True(hostile.Codes == (codes.Length > 0 ? string.Join(' ', codes) : null), $"{name}: expected {hostile.Codes ?? "no diagnostic"}, got:\n{shown}");
        Assert.True(hostile.Where is null || hostile.Where == where, $"{name}: expected the first diagnostic at {hostile.Where}, got:\n{shown}");
    }

    private static (IReadOnlyList<RuleDiagnostic> Diagnostics, TimeSpan Elapsed, long Allocated, long Peak) Measure(string folder)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var sampler = new PeakHeapSampler();
        var watch = Stopwatch.StartNew();
        var load = Task.Run(() => LoadAndCompile(folder));
        Assert.True(load.Wait(HangGuard, TestContext.Current.CancellationToken), $"loading took more than {HangGuard.TotalSeconds} s");
        watch.Stop();
        sampler.Dispose();
        return (load.Result, watch.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore, sampler.PeakAboveBaseline);
    }

    /// <summary>A pack that loads is compiled too, as every command and the worker do before using it.</summary>
    private static IReadOnlyList<RuleDiagnostic> LoadAndCompile(string folder)
    {
        try
        {
            CompiledRulePack.Compile(RulePackLoader.Load(folder));
            return [];
        }
        catch (RulePackException problems)
        {
            return problems.Diagnostics;
        }
    }

    /// <summary><c>file:line:column</c> relative to the pack; a path alone for a problem of a file or folder as a whole; <c>pack</c> for the folder.</summary>
    private static string Where(string folder, RuleDiagnostic diagnostic)
    {
        var relative = Path.GetRelativePath(folder, diagnostic.File).Replace('\\', '/');
        return diagnostic.Line > 0 ? $"{relative}:{diagnostic.Line}:{diagnostic.Column}" : relative == "." ? "pack" : relative;
    }

    private static long InputBytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }).Sum(f => f.Length);

    private static string Clip(string message) => message.Length > 300 ? string.Concat(message.AsSpan(0, 300), "…") : message;
}
