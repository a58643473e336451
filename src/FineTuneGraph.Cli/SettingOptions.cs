using System.CommandLine;
using FineTuneGraph.Cli.Commands;

namespace FineTuneGraph.Cli;

/// <summary>
/// Command options that set a configuration key: a flag overrides appsettings.json and the environment, and its value
/// is checked with the rest of its options section when the host starts.
/// </summary>
internal static class SettingOptions
{
    private static readonly (Option Option, string Key)[] Map =
    [
        (RulesArguments.Directory, "Rules:Directory"),
        (BuildCommand.BatchSize, "Build:BatchSize"),
    ];

    /// <summary>The configuration keys the given flags set.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Overrides(ParseResult parse)
    {
        foreach (var (option, key) in Map)
        {
            if (parse.GetResult(option) is { Implicit: false } result && result.Tokens.Count > 0)
            {
                yield return new(key, result.Tokens[^1].Value);
            }
        }
    }
}
