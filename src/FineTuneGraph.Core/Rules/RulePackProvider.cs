using FineTuneGraph.Extraction;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Rules;

/// <summary>
/// The rule pack of the process: loaded and compiled once on first use, then reused by every command and build.
/// <see cref="Refresh"/> reloads it when its files changed; a changed pack with problems is refused and the last good
/// one stays in use, so a half-edited rule file never reaches the graph.
/// </summary>
public sealed class RulePackProvider(IOptions<RulesOptions> options, ILogger<RulePackProvider> logger)
{
    private readonly Lock _gate = new();
    private Extractor? _current;
    private string? _refusedHash;

    /// <summary>The pack folder (see <see cref="RulesDirectory.Resolve"/>).</summary>
    public string Directory { get; } = RulesDirectory.Resolve(options.Value.Directory);

    /// <summary>The extractor of the pack in use; the first call loads the pack.</summary>
    /// <exception cref="RulePackException">The pack has problems (only on the first load; later ones go through <see cref="Refresh"/>).</exception>
    public Extractor Current
    {
        get
        {
            lock (_gate)
            {
                return _current ??= Load();
            }
        }
    }

    /// <summary>Reloads the pack when its files no longer hash as the one in use.</summary>
    public RulePackRefresh Refresh()
    {
        lock (_gate)
        {
            var previous = _current?.Pack.Hash;
            // An unreadable folder is a state of its own, so it is reported once, not at every check.
            var onDisk = RulePackFiles.HashOnDisk(Directory) ?? "unreadable";
            if (onDisk == previous)
            {
                return new RulePackRefresh(RulePackRefreshKind.Unchanged, previous, previous);
            }

            if (onDisk == _refusedHash)
            {
                return new RulePackRefresh(RulePackRefreshKind.Refused, previous, previous);
            }

            try
            {
                _current = Load();
                _refusedHash = null;
                if (_current.Pack.Hash == previous)
                {
                    return new RulePackRefresh(RulePackRefreshKind.Unchanged, previous, previous);
                }

                if (previous is not null)
                {
                    RulesLog.PackApplied(logger, Directory, previous, _current.Pack.Hash);
                }

                return new RulePackRefresh(RulePackRefreshKind.Applied, previous, _current.Pack.Hash);
            }
            catch (RulePackException problems) when (_current is not null)
            {
                _refusedHash = onDisk;
                RulesLog.PackRefused(logger, Directory, problems.ProblemCount, string.Join(Environment.NewLine, problems.Diagnostics.Select(d => $"  {Text.ControlCharacters.Escape(d.ToString())}")), previous!);
                return new RulePackRefresh(RulePackRefreshKind.Refused, previous, previous, problems);
            }
        }
    }

    private Extractor Load()
    {
        var pack = RulePackLoader.Load(Directory);
        var extractor = new Extractor(CompiledRulePack.Compile(pack));
        RulesLog.PackLoaded(logger, Directory, pack.Files.Count, pack.Hash);
        return extractor;
    }
}
