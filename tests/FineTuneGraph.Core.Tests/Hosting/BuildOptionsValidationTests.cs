using FineTuneGraph.Hosting;
using FineTuneGraph.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Core.Tests.Hosting;

public sealed class BuildOptionsValidationTests
{
    [Theory]
    [InlineData("Build:BatchSize", "0", "Build:BatchSize (--batch-size) must be between 1 and 100000 papers per transaction.")]
    [InlineData("Build:BatchSize", "100001", "Build:BatchSize (--batch-size) must be between 1 and 100000 papers per transaction.")]
    [InlineData("Build:ExtractionThreads", "-1", "Build:ExtractionThreads must be between 0 (every core) and 1024.")]
    [InlineData("Build:ProgressInterval", "00:00:00", "Build:ProgressInterval must be between 00:00:01 and 01:00:00.")]
    public async Task StartingTheHost_BadBuildSetting_FailsNamingIt(string key, string value, string expected)
    {
        using var host = FineTuneGraphHost.CreateBuilder(new Dictionary<string, string?> { [key] = value }).Build();

        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(expected, Assert.Single(ex.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartingTheHost_Defaults_AreValid()
    {
        using var host = FineTuneGraphHost.CreateBuilder().Build();

        await host.StartAsync(TestContext.Current.CancellationToken);

        var options = host.Services.GetRequiredService<IOptions<BuildOptions>>().Value;
        Assert.Equal(BuildOptions.DefaultBatchSize, options.BatchSize);
        await host.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public void TheRegistration_ResolvesOnePipelineService()
    {
        using var host = FineTuneGraphHost.CreateBuilder().Build();

        Assert.Same(host.Services.GetRequiredService<GraphBuildService>(), host.Services.GetRequiredService<GraphBuildService>());
    }
}
