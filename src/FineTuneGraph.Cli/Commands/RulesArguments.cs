using System.CommandLine;
using FineTuneGraph.LocalServer;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Cli.Commands;

/// <summary>The <c>--rules</c> option of the <c>rules</c> commands, and which folder it names.</summary>
internal static class RulesArguments
{
    /// <summary>The rule pack folder; recursive, so every <c>rules</c> subcommand takes it.</summary>
    public static readonly Option<string?> Directory = new("--rules")
    {
        Description = "The rule pack folder (default: the Rules:Directory setting, 'rules'; when ./rules does not exist, the checkout's rules folder)",
        HelpName = "DIR",
        Recursive = true,
    };

    /// <summary>
    /// The folder to load, as the user will recognise it in messages: <c>--rules</c> as given (relative to the current
    /// directory); else the configured folder, and when that relative folder is not in the current directory, the one
    /// in the checkout.
    /// </summary>
    public static string Resolve(ParseResult parse, RulesOptions options)
    {
        if (parse.GetValue(Directory) is { Length: > 0 } given)
        {
            return given;
        }

        var configured = options.Directory;
        if (Path.IsPathRooted(configured) || System.IO.Directory.Exists(configured))
        {
            return configured;
        }

        var root = RepositoryLayout.FindRoot();
        return root is not null && System.IO.Directory.Exists(Path.Combine(root, configured)) ? Path.Combine(root, configured) : configured;
    }
}
