using FineTuneGraph.Cli.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace FineTuneGraph.Cli.Tests.Deployment;

/// <summary>No Docker engine runs here, so the compose file and Dockerfile are checked as data.</summary>
public sealed class DockerComposeTests
{
    private readonly YamlMappingNode _services;

    public DockerComposeTests()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(RepositoryRoot.File("docker-compose.yml"));
        yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        _services = Map(root, "services");
        Volumes = Map(root, "volumes");
    }

    private YamlMappingNode Volumes { get; }

    [Fact]
    public void Neo4j_IsTheNeo4j5LtsCommunityImage()
    {
        Assert.Equal("neo4j:5.26-community", Scalar(Map(_services, "neo4j"), "image"));
    }

    [Fact]
    public void Neo4j_PublishesHttpAndBolt()
    {
        var ports = Sequence(Map(_services, "neo4j"), "ports").Select(p => p.ToString()).ToArray();

        Assert.Contains("7474:7474", ports);
        Assert.Contains("7687:7687", ports);
    }

    [Fact]
    public void Neo4j_TakesItsPasswordFromTheEnvironment_NoneIsCommitted()
    {
        var auth = Scalar(Map(Map(_services, "neo4j"), "environment"), "NEO4J_AUTH");

        Assert.Matches(@"^neo4j/\$\{NEO4J_PASSWORD(:\?[^}]*)?\}$", auth);
    }

    [Fact]
    public void Neo4j_KeepsItsDataInANamedVolume()
    {
        var mounts = Sequence(Map(_services, "neo4j"), "volumes").Select(v => v.ToString()).ToArray();

        var named = Assert.Single(mounts, m => m.EndsWith(":/data", StringComparison.Ordinal)).Split(':')[0];
        Assert.True(Volumes.Children.ContainsKey(new YamlScalarNode(named)), $"volume '{named}' is not declared under volumes:");
    }

    [Fact]
    public void Neo4j_HasAHealthcheckOnItsHttpPort()
    {
        var test = Sequence(Map(Map(_services, "neo4j"), "healthcheck"), "test").Select(t => t.ToString()).ToArray();

        Assert.Contains(test, t => t.Contains("7474", StringComparison.Ordinal));
    }

    [Fact]
    public void Worker_IsBuiltFromTheDockerfile_AndWaitsForAHealthyNeo4j()
    {
        var worker = Map(_services, "worker");

        Assert.Equal("Dockerfile", Scalar(Map(worker, "build"), "dockerfile"));
        Assert.Equal("service_healthy", Scalar(Map(Map(worker, "depends_on"), "neo4j"), "condition"));
    }

    [Fact]
    public void Worker_TalksToTheNeo4jServiceAndMountsDataAndRules()
    {
        var worker = Map(_services, "worker");
        var environment = Map(worker, "environment");
        var mounts = Sequence(worker, "volumes").Select(v => v.ToString()).ToArray();

        Assert.Equal("http://neo4j:7474", Scalar(environment, "NEO4J_URI"));
        Assert.StartsWith("${NEO4J_PASSWORD", Scalar(environment, "NEO4J_PASSWORD"), StringComparison.Ordinal);
        Assert.Contains(mounts, m => m.StartsWith("./data:", StringComparison.Ordinal));
        Assert.Contains(mounts, m => m.StartsWith("./rules:", StringComparison.Ordinal));
        Assert.Equal(WatchCommand, Sequence(worker, "command").Select(v => v.ToString()));
        Assert.Contains("./data:/data", mounts);
        Assert.Contains("./rules:/rules:ro", mounts);
    }

    /// <summary>The command the worker tests run too (WorkerProcess: <c>dotnet ftg.dll watch DIR</c>).</summary>
    private static readonly string[] WatchCommand = ["watch", "/data", "--rules", "/rules"];

    [Fact]
    public void Worker_IsTheWatchCommand_InComposeAndAsTheImagesDefault()
    {
        var dockerfile = File.ReadAllLines(RepositoryRoot.File("Dockerfile"));

        Assert.Contains("ENTRYPOINT [\"dotnet\", \"/app/ftg.dll\"]", dockerfile);
        Assert.Contains("CMD [\"watch\", \"/data\", \"--rules\", \"/rules\"]", dockerfile);
        Assert.Equal(WatchCommand, Sequence(Map(_services, "worker"), "command").Select(v => v.ToString()));
    }

    [Fact]
    public void Worker_HasAHealthCheck_AGracePeriodLongerThanItsShutdown_AndRestarts()
    {
        var worker = Map(_services, "worker");

        Assert.Equal(["CMD", "dotnet", "/app/ftg.dll", "health", "/data"], Sequence(Map(worker, "healthcheck"), "test").Select(t => t.ToString()));
        Assert.Equal("15s", Scalar(worker, "stop_grace_period"));
        Assert.Equal("unless-stopped", Scalar(worker, "restart"));
        Assert.Matches(@"^\$\{FTG_UID:-\d+\}:\$\{FTG_GID:-\d+\}$", Scalar(worker, "user"));
    }

    [Fact]
    public void SystemdUnit_IsANotifyServiceRunningTheWatchCommand()
    {
        var unit = File.ReadAllLines(RepositoryRoot.File("deploy", "systemd", "finetunegraph-worker.service"))
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .ToLookup(p => p[0], p => p[1]);

        Assert.Equal("notify", Assert.Single(unit["Type"]));
        Assert.Matches(@"ftg\.dll watch \S+ --rules \S+$", Assert.Single(unit["ExecStart"]));
        Assert.Equal("on-failure", Assert.Single(unit["Restart"]));
        Assert.True(int.Parse(Assert.Single(unit["TimeoutStopSec"]), System.Globalization.CultureInfo.InvariantCulture) > 8, "longer than Watch:ShutdownTimeout");
        Assert.True(int.Parse(Assert.Single(unit["WatchdogSec"]), System.Globalization.CultureInfo.InvariantCulture) > 10, "longer than Watch:StatusInterval, the watchdog ping");
        Assert.DoesNotContain(unit["Environment"], e => e.Contains("PASSWORD", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_BuildsWithTheSdkAndRunsOnTheRuntime()
    {
        var from = File.ReadAllLines(RepositoryRoot.File("Dockerfile"))
            .Where(l => l.StartsWith("FROM ", StringComparison.Ordinal))
            .ToArray();

        Assert.Equal(2, from.Length);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", from[0], StringComparison.Ordinal);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/runtime:10.0", from[1], StringComparison.Ordinal);
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static YamlSequenceNode Sequence(YamlMappingNode node, string key) => (YamlSequenceNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value ?? string.Empty;
}
