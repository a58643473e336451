using FineTuneGraph.Rules;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Core.Tests.Rules;

public sealed class RulePackProviderTests : IDisposable
{
    private const string LoRA = "version: 1\ntype: Method\nentities:\n  - key: lora\n    name: LoRA\n";
    private const string LoRAAndDpo = LoRA + "  - key: dpo\n    name: DPO\n";

    private readonly RulePackFolder _folder = new();
    private readonly FakeLogger<RulePackProvider> _log = new();

    public void Dispose() => _folder.Dispose();

    private RulePackProvider Provider() => new(Options.Create(new RulesOptions { Directory = _folder.Path }), _log);

    [Fact]
    public void Current_CalledTwice_LoadsAndCompilesThePackOnce()
    {
        _folder.Write(LoRA);
        var provider = Provider();

        var first = provider.Current;
        var second = provider.Current;

        Assert.Same(first, second);
        Assert.Single(_log.Collector.GetSnapshot(), r => r.Message.Contains("loaded", StringComparison.Ordinal));
    }

    [Fact]
    public void Current_BrokenPackAtFirstLoad_ThrowsWithEveryProblem()
    {
        _folder.Write("version: 1\ntype: Method\nentities:\n  - key: lora\n");

        var error = Assert.Throws<RulePackException>(() => Provider().Current);

        Assert.NotEmpty(error.Diagnostics);
    }

    [Fact]
    public void Refresh_FilesUnchanged_KeepsThePack()
    {
        _folder.Write(LoRA);
        var provider = Provider();
        var before = provider.Current;

        var refresh = provider.Refresh();

        Assert.Equal(RulePackRefreshKind.Unchanged, refresh.Kind);
        Assert.Same(before, provider.Current);
    }

    [Fact]
    public void Refresh_EditedFile_AppliesTheNewPack()
    {
        _folder.Write(LoRA);
        var provider = Provider();
        var before = provider.Current;
        _folder.Write(LoRAAndDpo);

        var refresh = provider.Refresh();

        Assert.Equal(RulePackRefreshKind.Applied, refresh.Kind);
        Assert.Equal(before.Pack.Hash, refresh.PreviousHash);
        Assert.Equal(provider.Current.Pack.Hash, refresh.CurrentHash);
        Assert.NotEqual(refresh.PreviousHash, refresh.CurrentHash);
        Assert.Contains(provider.Current.Pack.Pack.Entities, e => e.Key == "dpo");
    }

    [Fact]
    public void Refresh_BrokenEdit_IsRefusedAtItsLineAndTheLastGoodPackStays()
    {
        _folder.Write(LoRA);
        var provider = Provider();
        var good = provider.Current;
        _folder.Write(LoRA + "  - key: dpo\n    nmae: DPO\n");

        var refused = provider.Refresh();
        var again = provider.Refresh();

        Assert.Equal(RulePackRefreshKind.Refused, refused.Kind);
        var problem = Assert.Single(refused.Problems!.Diagnostics, d => d.Line == 7);
        Assert.Equal(Path.Combine(_folder.Path, "a.yaml"), problem.File);
        Assert.Same(good, provider.Current);
        Assert.Equal(RulePackRefreshKind.Refused, again.Kind);
        Assert.Null(again.Problems);
        var error = Assert.Single(_log.Collector.GetSnapshot(), r => r.Level == LogLevel.Error);
        Assert.Contains("a.yaml:7:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refresh_BrokenEditFixed_AppliesTheFix()
    {
        _folder.Write(LoRA);
        var provider = Provider();
        _ = provider.Current;
        _folder.Write(LoRA + "  - key: dpo\n");
        provider.Refresh();
        _folder.Write(LoRAAndDpo);

        var fixedPack = provider.Refresh();

        Assert.Equal(RulePackRefreshKind.Applied, fixedPack.Kind);
        Assert.Contains(provider.Current.Pack.Pack.Entities, e => e.Key == "dpo");
    }

    [Fact]
    public void Refresh_EndlessFileAndFolderLoopAdded_AreRefusedAndTheLastGoodPackStays()
    {
        _folder.Write(LoRA);
        var provider = Provider();
        var good = provider.Current;
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "zero.yaml"), "/dev/zero");
        Directory.CreateSymbolicLink(Path.Combine(_folder.Path, "loop"), _folder.Path);

        var refused = provider.Refresh();
        var again = provider.Refresh();

        Assert.Equal(RulePackRefreshKind.Refused, refused.Kind);
        Assert.Equal(["FTG125", "FTG127"], refused.Problems!.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.Same(good, provider.Current);
        Assert.Equal(RulePackRefreshKind.Refused, again.Kind);
    }

    [Fact]
    public void HashOnDisk_IsTheHashTheLoaderGivesThePack()
    {
        _folder.Write(LoRAAndDpo + "#> sub/b.yml\n" + "version: 1\ntype: Dataset\nentities:\n  - key: gsm8k\n    name: GSM8K\n");

        Assert.Equal(_folder.Load().Hash, RulePackFiles.HashOnDisk(_folder.Path));
    }
}
