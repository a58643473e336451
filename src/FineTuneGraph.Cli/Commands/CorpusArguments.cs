using System.CommandLine;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Cli.Commands;

/// <summary>The input arguments shared by every command that reads abstracts.</summary>
internal static class CorpusArguments
{
    public static readonly Argument<string[]> Inputs = new("inputs")
    {
        Description = "Files or folders (searched recursively) to read; '-' reads standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    public static readonly Option<CorpusFormat> Format = new("--format")
    {
        Description = "Input format: Auto (detect from content), Text (saved papers page), JsonLines, Json",
        DefaultValueFactory = _ => CorpusFormat.Auto,
    };
}
