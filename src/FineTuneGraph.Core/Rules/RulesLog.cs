using Microsoft.Extensions.Logging;

namespace FineTuneGraph.Rules;

internal static partial class RulesLog
{
    [LoggerMessage(101, LogLevel.Information, "Rule pack {Directory} loaded: {Files} files, hash {Hash}")]
    public static partial void PackLoaded(ILogger logger, string directory, int files, string hash);

    [LoggerMessage(102, LogLevel.Information, "Rule pack {Directory} changed ({PreviousHash} -> {Hash}); the new rules are in use")]
    public static partial void PackApplied(ILogger logger, string directory, string previousHash, string hash);

    [LoggerMessage(103, LogLevel.Error, "Rule pack {Directory} changed but has {Count} problems, so it was not applied; the last good pack ({Hash}) stays in use:\n{Problems}")]
    public static partial void PackRefused(ILogger logger, string directory, int count, string problems, string hash);
}
