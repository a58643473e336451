using FineTuneGraph.Hosting;
using FineTuneGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Core.Tests.Hosting;

public sealed class Neo4jOptionsValidationTests
{
    [Fact]
    public void Neo4jOptions_BoltUri_IsRefusedWithTheHttpAddressToUseInstead()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(("Neo4j:Uri", "bolt://db.example:7687")));

        Assert.Equal(
            "Neo4j:Uri (NEO4J_URI) 'bolt://db.example:7687' is a Bolt address, but FineTuneGraph talks to Neo4j over its HTTP API; use the HTTP port, e.g. http://db.example:7474 (https:// for TLS).",
            Assert.Single(ex.Failures));
    }

    [Theory]
    [InlineData("Neo4j:Uri", "not a url", "Neo4j:Uri (NEO4J_URI) 'not a url' is not an absolute URL; expected e.g. http://127.0.0.1:7474.")]
    [InlineData("Neo4j:Uri", "ftp://x", "Neo4j:Uri (NEO4J_URI) 'ftp://x' must start with http:// or https://.")]
    [InlineData("Neo4j:Uri", "http://neo4j:pw@host:7474", "Neo4j:Uri (NEO4J_URI) must not contain credentials; set NEO4J_USERNAME and NEO4J_PASSWORD instead.")]
    public void Neo4jOptions_BadUri_FailsNamingTheSetting(string key, string value, string expected)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve((key, value)));

        Assert.Contains(expected, ex.Failures);
    }

    [Fact]
    public void Neo4jOptions_OutOfRangeValues_ListEveryProblem()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Resolve(
            ("Neo4j:MaxRetryAttempts", "99"),
            ("Neo4j:BoltPort", "0"),
            ("Neo4j:Database", "no spaces allowed")));

        Assert.Equal(3, ex.Failures.Count());
        Assert.Contains(ex.Failures, f => f.Contains("'Neo4j:MaxRetryAttempts must be between 0 and 20.'", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("'Neo4j:BoltPort (NEO4J_BOLT_PORT) must be a TCP port between 1 and 65535.'", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("'Neo4j:Database (NEO4J_DATABASE) must be a Neo4j database name", StringComparison.Ordinal));
    }

    [Fact]
    public void Neo4jOptions_Defaults_AreValid()
    {
        var options = Resolve();

        Assert.Equal(new Uri("http://127.0.0.1:7474/"), options.GetBaseUri());
        Assert.Equal("neo4j", options.Username);
        Assert.Equal(7687, options.BoltPort);
    }

    [Fact]
    public void ConventionalVariables_MapOntoTheNeo4jSection()
    {
        var variables = new Dictionary<string, string>
        {
            ["NEO4J_URI"] = "https://graph.example:7473",
            ["NEO4J_USERNAME"] = "reader",
            ["NEO4J_PASSWORD"] = "pw",
            ["NEO4J_DATABASE"] = "papers",
            ["NEO4J_BOLT_PORT"] = "7688",
            ["FTG_NEO4J_INSTANCE"] = "second",
        };
        var provider = new ConventionalNeo4jEnvironmentVariables(name => variables.GetValueOrDefault(name));

        provider.Load();

        Assert.True(provider.TryGet("Neo4j:Uri", out var uri));
        Assert.Equal("https://graph.example:7473", uri);
        Assert.True(provider.TryGet("Neo4j:Username", out var user));
        Assert.Equal("reader", user);
        Assert.True(provider.TryGet("Neo4j:Database", out var database));
        Assert.Equal("papers", database);
        Assert.True(provider.TryGet("Neo4j:BoltPort", out var bolt));
        Assert.Equal("7688", bolt);
        Assert.True(provider.TryGet("LocalNeo4j:Instance", out var instance));
        Assert.Equal("second", instance);
    }

    private static Neo4jOptions Resolve(params (string Key, string Value)[] settings)
    {
        var overrides = settings.ToDictionary(s => s.Key, s => (string?)s.Value);
        using var host = FineTuneGraphHost.CreateBuilder(overrides).Build();
        return host.Services.GetRequiredService<IOptions<Neo4jOptions>>().Value;
    }
}
