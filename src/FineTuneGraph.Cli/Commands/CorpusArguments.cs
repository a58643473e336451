using System.CommandLine;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Cli.Commands;

/// <summary>The input arguments shared by every command that reads abstracts.</summary>
internal static class CorpusArguments
{
    public static readonly Argument<string[]> Inputs = WithoutOptionLikePaths(new Argument<string[]>("inputs")
    {
        Description = "Files or folders (searched recursively) to read; '-' reads standard input",
        Arity = ArgumentArity.OneOrMore,
    });

    /// <summary>
    /// Refuses inputs that look like options: a mistyped flag (<c>--forse</c>) would otherwise be read as a missing
    /// file and the command run without it.
    /// </summary>
    public static Argument<string[]> WithoutOptionLikePaths(Argument<string[]> argument)
    {
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value).Where(v => v.Length > 1 && v.StartsWith('-')))
            {
                result.AddError($"Unrecognized option '{token}' (an input whose name starts with '-' can be given as ./{token}).");
            }
        });
        return argument;
    }

    public static readonly Option<CorpusFormat> Format = new("--format")
    {
        Description = "Input format: Auto (detect from content), Text (saved papers page), JsonLines, Json",
        DefaultValueFactory = _ => CorpusFormat.Auto,
    };
}
