using System.CommandLine;

namespace FineTuneGraph.Cli.Commands;

/// <summary>The <c>--rules</c> option: the rule pack folder, as the <c>Rules:Directory</c> setting (see <see cref="SettingOptions"/>).</summary>
internal static class RulesArguments
{
    /// <summary>The rule pack folder; recursive, so every <c>rules</c> subcommand takes it.</summary>
    public static readonly Option<string?> Directory = new("--rules")
    {
        Description = "The rule pack folder (default: the Rules:Directory setting, 'rules'; when ./rules does not exist, the checkout's rules folder)",
        HelpName = "DIR",
        Recursive = true,
    };
}
