using System.CommandLine;
using FineTuneGraph.Cli.Commands;

namespace FineTuneGraph.Cli;

/// <summary>
/// Command options and arguments that set a configuration key: a flag overrides appsettings.json and the environment, and its value
/// is checked with the rest of its options section when the host starts.
/// </summary>
internal static class SettingOptions
{
    private static readonly (Symbol Symbol, string Key)[] Map =
    [
        (RulesArguments.Directory, "Rules:Directory"),
        (BuildCommand.BatchSize, "Build:BatchSize"),
        (WatchCommand.Directory, "Watch:Directory"),
    ];

    /// <summary>The configuration keys the given flags set.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Overrides(ParseResult parse)
    {
        foreach (var (symbol, key) in Map)
        {
            var tokens = symbol switch
            {
                Option option when parse.GetResult(option) is { Implicit: false } result => result.Tokens,
                Argument argument when parse.GetResult(argument) is { Implicit: false } result => result.Tokens,
                _ => null,
            };
            if (tokens is { Count: > 0 })
            {
                yield return new(key, tokens[^1].Value);
            }
        }
    }
}
