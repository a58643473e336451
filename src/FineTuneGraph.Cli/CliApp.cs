using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FineTuneGraph.Cli;

/// <summary>
/// A started host for the length of one command. <see cref="Stopping"/> ends when the command is cancelled or the
/// host is asked to stop (Ctrl+C, SIGTERM); disposing stops the host.
/// </summary>
internal sealed class CliApp : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly CancellationTokenSource _stopping;

    public CliApp(IHost host, CancellationToken cancellationToken)
    {
        _host = host;
        _stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
    }

    /// <summary>The command's cancellation: the invocation's token, or the host stopping.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public IServiceProvider Services => _host.Services;

    /// <summary>The host itself, for commands that run until it stops (the worker).</summary>
    public IHost Host => _host;

    /// <summary>Runs until the host is asked to stop (Ctrl+C, SIGTERM, a fault of a hosted service) or the command is cancelled.</summary>
    public Task WaitForShutdownAsync() => _host.WaitForShutdownAsync(_stopping.Token);

    public T Get<T>()
        where T : notnull => _host.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _stopping.Dispose();
            _host.Dispose();
        }
    }
}
