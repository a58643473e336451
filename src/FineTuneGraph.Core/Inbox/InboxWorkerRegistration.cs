using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Inbox;

/// <summary>Adds the inbox worker to a host built by <see cref="Hosting.FineTuneGraphHost"/>.</summary>
public static class InboxWorkerRegistration
{
    /// <summary>
    /// Registers <see cref="InboxWorker"/> as a hosted service with its <c>Watch</c> options (validated at start), a
    /// stop timeout from <see cref="WatchOptions.ShutdownTimeout"/>, and systemd integration: under systemd (or
    /// wherever <c>NOTIFY_SOCKET</c> is set) the host reports ready and stopping through sd_notify.
    /// </summary>
    public static IHostApplicationBuilder AddInboxWorker(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptionsWithValidateOnStart<WatchOptions>()
            .BindConfiguration(WatchOptions.SectionName)
            .ValidateDataAnnotations();
        services.AddOptions<HostOptions>().Configure<IOptions<WatchOptions>>((host, watch) => host.ShutdownTimeout = watch.Value.ShutdownTimeout);
        services.TryAddSingleton<InboxLedger>();
        services.TryAddSingleton<InboxWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<InboxWorker>());

        services.AddSystemd();
        if (!SystemdHelpers.IsSystemdService() && Environment.GetEnvironmentVariable("NOTIFY_SOCKET") is { Length: > 0 })
        {
            // sd_notify's contract is the variable, not the parent process: a service started through a wrapper
            // (or a test that plays systemd) is notified too.
            services.AddSingleton<ISystemdNotifier, SystemdNotifier>();
            services.AddSingleton<IHostLifetime, SystemdLifetime>();
        }

        return builder;
    }
}
