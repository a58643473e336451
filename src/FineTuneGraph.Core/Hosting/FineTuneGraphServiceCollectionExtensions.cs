using FineTuneGraph.Corpus;
using FineTuneGraph.Cypher.Recipes;
using FineTuneGraph.Graph;
using FineTuneGraph.LocalServer;
using FineTuneGraph.Neo4j;
using FineTuneGraph.Pipeline;
using FineTuneGraph.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Hosting;

/// <summary>Registers FineTuneGraph's services.</summary>
public static class FineTuneGraphServiceCollectionExtensions
{
    /// <summary>
    /// Binds and validates the options and registers the pipeline (<see cref="GraphBuildService"/> with the rule pack
    /// provider, the corpus reader and the graph schema), the Neo4j client and the local server manager.
    /// </summary>
    public static IHostApplicationBuilder AddFineTuneGraph(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);

        // Reflection-based DataAnnotations rather than [OptionsValidator]: the generated copy of [Range]
        // drops ErrorMessage, and the messages here name the setting and its environment variable.
        services.AddOptionsWithValidateOnStart<Neo4jOptions>()
            .BindConfiguration(Neo4jOptions.SectionName)
            .ValidateDataAnnotations();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsUriValidator>());

        services.AddHttpClient(Neo4jHttpClient.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                // A connection that cannot be opened fails in seconds; the per-request timeouts bound the rest.
                ConnectTimeout = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value.ConnectTimeout,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.TryAddSingleton<ICypherClient, Neo4jHttpClient>();

        services.AddOptionsWithValidateOnStart<CorpusOptions>()
            .BindConfiguration(CorpusOptions.SectionName)
            .ValidateDataAnnotations();
        services.TryAddSingleton<CorpusReader>();

        services.AddOptionsWithValidateOnStart<RulesOptions>()
            .BindConfiguration(RulesOptions.SectionName)
            .ValidateDataAnnotations();
        services.TryAddSingleton<RulePackProvider>();

        services.AddOptionsWithValidateOnStart<BuildOptions>()
            .BindConfiguration(BuildOptions.SectionName)
            .ValidateDataAnnotations();
        services.TryAddSingleton<GraphSchema>();
        services.TryAddSingleton<GraphBuildService>();
        services.TryAddSingleton<IngestHistory>();
        services.TryAddSingleton(RecipeCatalog.Embedded);
        services.TryAddSingleton<RecipeRunner>();

        services.AddOptionsWithValidateOnStart<LocalNeo4jOptions>()
            .BindConfiguration(LocalNeo4jOptions.SectionName)
            .ValidateDataAnnotations();
        services.TryAddSingleton<LocalNeo4jServer>();
        services.TryAddSingleton<FineTuneGraph.Browser.BrowserAssetServer>();
        return builder;
    }
}
