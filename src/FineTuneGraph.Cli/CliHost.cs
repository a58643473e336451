using System.CommandLine;
using FineTuneGraph.Hosting;
using Microsoft.Extensions.Hosting;

namespace FineTuneGraph.Cli;

/// <summary>What a command needs from the invocation: where to write, and how to build the shared host.</summary>
/// <param name="Console">Output and error consoles.</param>
/// <param name="Configuration">Settings applied below the command-line flags (tests use it to point at their server).</param>
internal sealed record CliHost(CliConsole Console, IReadOnlyDictionary<string, string?> Configuration)
{
    /// <summary>Builds the host from configuration, environment and the parsed flags.</summary>
    public IHost Build(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>(Configuration);
        foreach (var (key, value) in GlobalOptions.Overrides(parse))
        {
            overrides[key] = value;
        }

        return FineTuneGraphHost.CreateBuilder(overrides, GlobalOptions.LogLevel(parse)).Build();
    }
}
