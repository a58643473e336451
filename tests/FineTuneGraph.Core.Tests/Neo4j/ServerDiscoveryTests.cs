using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Core.Tests.Neo4j;

public sealed class ServerDiscoveryTests
{
    // The shape Neo4j 5's HTTP API documentation gives for GET / (Discovery API).
    private const string Neo4j5Root = """
        {
          "bolt_routing": "neo4j://localhost:7687",
          "query": "http://localhost:7474/db/{databaseName}/query/v2",
          "dbms/cluster": "http://localhost:7474/dbms/cluster",
          "db/cluster": "http://localhost:7474/db/{databaseName}/cluster",
          "transaction": "http://localhost:7474/db/{databaseName}/tx",
          "bolt_direct": "bolt://localhost:7687",
          "neo4j_version": "5.26.0",
          "neo4j_edition": "community"
        }
        """;

    // What Neo4j 3.1.1 answers (measured, docs/local-neo4j.md).
    private const string Neo4j3Root = """
        {"management":"http://127.0.0.1:17474/db/manage/","data":"http://127.0.0.1:17474/db/data/","bolt":"bolt://127.0.0.1:17687"}
        """;

    private const string Neo4j3Data = """
        {"extensions":{},"node":"http://127.0.0.1:17474/db/data/node","relationship":"http://127.0.0.1:17474/db/data/relationship",
         "node_index":"http://127.0.0.1:17474/db/data/index/node","relationship_index":"http://127.0.0.1:17474/db/data/index/relationship",
         "extensions_info":"http://127.0.0.1:17474/db/data/ext","relationship_types":"http://127.0.0.1:17474/db/data/relationship/types",
         "batch":"http://127.0.0.1:17474/db/data/batch","cypher":"http://127.0.0.1:17474/db/data/cypher",
         "indexes":"http://127.0.0.1:17474/db/data/schema/index","constraints":"http://127.0.0.1:17474/db/data/schema/constraint",
         "transaction":"http://127.0.0.1:17474/db/data/transaction","node_labels":"http://127.0.0.1:17474/db/data/labels","neo4j_version":"3.1.1"}
        """;

    [Fact]
    public void ParseRoot_Neo4j5Document_GivesVersionEditionAndTransactionTemplate()
    {
        var root = Assert.IsType<ServerDiscovery.ModernRoot>(ServerDiscovery.ParseRoot(Neo4j5Root));

        Assert.Equal(new Version(5, 26, 0), root.Version);
        Assert.Equal("community", root.Edition);
        Assert.Equal("/db/{databaseName}/tx", root.TransactionTemplatePath);
        Assert.Equal("bolt://localhost:7687", root.BoltUri);
    }

    [Fact]
    public void ToServerInfo_Neo4j5_PutsTheDatabaseIntoTheEndpoint()
    {
        var root = Assert.IsType<ServerDiscovery.ModernRoot>(ServerDiscovery.ParseRoot(Neo4j5Root));

        var server = root.ToServerInfo("papers");

        Assert.Equal("/db/papers/tx", server.TransactionPath);
        Assert.Equal("/db/papers/tx/commit", server.CommitPath);
        Assert.Equal("papers", server.Database);
        Assert.False(server.IsLegacy3x);
    }

    [Fact]
    public void ParseRoot_Neo4j3Document_PointsAtTheDataDocument()
    {
        var root = Assert.IsType<ServerDiscovery.LegacyRoot>(ServerDiscovery.ParseRoot(Neo4j3Root));

        Assert.Equal("/db/data/", root.DataPath);
        Assert.Equal("bolt://127.0.0.1:17687", root.BoltUri);
    }

    [Fact]
    public void ParseLegacyData_Neo4j3_GivesVersionAndTransactionPath()
    {
        var server = ServerDiscovery.ParseLegacyData(Neo4j3Data, "bolt://127.0.0.1:17687");

        Assert.Equal(new Version(3, 1, 1), server.Version);
        Assert.Equal("/db/data/transaction", server.TransactionPath);
        Assert.Equal("/db/data/transaction/commit", server.CommitPath);
        Assert.True(server.IsLegacy3x);
    }

    [Theory]
    [InlineData("""{"foo":"bar"}""")]
    [InlineData("""[]""")]
    public void ParseRoot_NotANeo4jDocument_ThrowsUnexpectedResponse(string json)
    {
        var ex = Assert.Throws<Neo4jException>(() => ServerDiscovery.ParseRoot(json));

        Assert.Equal(Neo4jErrorCodes.UnexpectedResponse, ex.Code);
    }

    [Fact]
    public void ParseRoot_Html_ThrowsWithAMessageSayingItIsNotJson()
    {
        var ex = Assert.Throws<Neo4jException>(() => ServerDiscovery.ParseRoot("<html><body>Neo4j Browser</body></html>"));

        Assert.Contains("not JSON", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.1.1", 3, 1, 1)]
    [InlineData("5.26.0", 5, 26, 0)]
    [InlineData("5.13.0-aura", 5, 13, 0)]
    [InlineData("2025.01.0", 2025, 1, 0)]
    public void ParseVersion_KnownFormats_AreParsed(string text, int major, int minor, int build)
    {
        Assert.Equal(new Version(major, minor, build), ServerDiscovery.ParseVersion(text));
    }
}
