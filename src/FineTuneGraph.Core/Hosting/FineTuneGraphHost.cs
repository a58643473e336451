using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FineTuneGraph.Hosting;

/// <summary>
/// The one composition root: every front door (the CLI's one-shot commands and the long-running worker)
/// builds its host here, so configuration and services are the same everywhere.
/// </summary>
public static class FineTuneGraphHost
{
    /// <summary>
    /// Creates a host builder. Configuration, lowest precedence first: <c>appsettings.json</c> next to the program,
    /// <c>appsettings.{Environment}.json</c>, the conventional <c>NEO4J_*</c> variables, <c>FTG__Section__Key</c>
    /// variables, then <paramref name="overrides"/> (command-line flags).
    /// </summary>
    public static HostApplicationBuilder CreateBuilder(IReadOnlyDictionary<string, string?>? overrides = null, LogLevel minimumLogLevel = LogLevel.Warning)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environment.GetEnvironmentVariable("FTG_ENVIRONMENT") ?? Environments.Production,
        });

        builder.Configuration
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{builder.Environment.EnvironmentName}.json", optional: true)
            .Add(new ConventionalNeo4jEnvironmentVariables())
            .AddEnvironmentVariables("FTG__")
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());

        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.SetMinimumLevel(minimumLogLevel);
        // Logs go to stderr so that command output on stdout stays machine-readable.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.AddFineTuneGraph();
        return builder;
    }
}
