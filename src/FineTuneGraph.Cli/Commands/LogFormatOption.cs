using System.CommandLine;

namespace FineTuneGraph.Cli.Commands;

/// <summary><c>--log-format simple|json</c> for long-running commands whose log is their output.</summary>
internal static class LogFormatOption
{
    public const string Json = "json";

    public static readonly Option<string> Option = CreateOption();

    private static Option<string> CreateOption()
    {
        var option = new Option<string>("--log-format")
        {
            Description = "How the log is written: 'simple' (one line per event, UTC time) or 'json' (one JSON object per line, for log collectors)",
            DefaultValueFactory = _ => "simple",
        };
        option.AcceptOnlyFromAmong("simple", Json);
        return option;
    }
}
