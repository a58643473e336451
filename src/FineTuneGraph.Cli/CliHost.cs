using System.CommandLine;
using FineTuneGraph.Cli.Commands;
using FineTuneGraph.Hosting;
using FineTuneGraph.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FineTuneGraph.Cli;

/// <summary>What a command needs from the invocation: where to write, and how to start the shared host.</summary>
/// <param name="Console">Output and error consoles.</param>
/// <param name="Configuration">Settings applied below the command-line flags (tests use it to point at their server).</param>
internal sealed record CliHost(CliConsole Console, IReadOnlyDictionary<string, string?> Configuration)
{
    /// <summary>
    /// Builds the host from configuration, environment and the parsed flags, and starts it, so that every options
    /// section is validated before the command does anything (a bad setting is a one-line error).
    /// </summary>
    /// <param name="parse">The parsed command line.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="configure">What the command adds to the host (the worker adds its hosted service).</param>
    public Task<CliApp> StartAsync(ParseResult parse, CancellationToken cancellationToken, Action<HostApplicationBuilder>? configure = null) =>
        StartAsync(parse, cancellationToken, CliHostRole.Command, configure);

    /// <summary>Builds and starts the host of a command in the given <paramref name="role"/>.</summary>
    public async Task<CliApp> StartAsync(ParseResult parse, CancellationToken cancellationToken, CliHostRole role, Action<HostApplicationBuilder>? configure = null)
    {
        var host = CreateBuilder(parse, role, configure).Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return new CliApp(host, cancellationToken);
    }

    /// <summary>The host builder of a command: the one composition root, with the flags applied on top.</summary>
    public HostApplicationBuilder CreateBuilder(ParseResult parse, CliHostRole role = CliHostRole.Command, Action<HostApplicationBuilder>? configure = null)
    {
        var overrides = new Dictionary<string, string?>(Configuration);
        foreach (var (key, value) in GlobalOptions.Overrides(parse).Concat(SettingOptions.Overrides(parse)))
        {
            overrides[key] = value;
        }

        var verbose = parse.GetValue(GlobalOptions.Verbose);
        var builder = FineTuneGraphHost.CreateBuilder(overrides, role == CliHostRole.Worker ? (verbose ? LogLevel.Debug : LogLevel.Information) : GlobalOptions.LogLevel(parse));
        if (role == CliHostRole.Worker)
        {
            UseWorkerLog(builder, parse.GetResult(LogFormatOption.Option) is not null && parse.GetValue(LogFormatOption.Option) == LogFormatOption.Json);
        }
        else if (!verbose)
        {
            // A command shows the pipeline's progress and problems itself; the log has them with --verbose.
            builder.Logging.AddFilter(GraphBuildService.LogCategory, LogLevel.None);
        }

        // The boundary (FtgCommandLine) reports a failed start in one line; the host's own log of it has a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);
        builder.Services.Configure<ConsoleLifetimeOptions>(o => o.SuppressStatusMessages = true);
        configure?.Invoke(builder);
        return builder;
    }

    private static void UseWorkerLog(HostApplicationBuilder builder, bool json)
    {
        if (json)
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
            return;
        }

        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });
    }
}
