using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Core.Tests.Neo4j;

public sealed class Neo4jDialectTests
{
    [Fact]
    public void ListConstraints_On3x_UsesTheProcedure()
    {
        Assert.StartsWith("CALL db.constraints()", Neo4jDialect.For(new Version(3, 1, 1)).ListConstraints().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ListConstraints_On5_UsesShowConstraints()
    {
        Assert.StartsWith("SHOW CONSTRAINTS", Neo4jDialect.For(new Version(5, 26, 0)).ListConstraints().Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeConstraints_On5_FormatsTypeLabelAndProperties()
    {
        var result = new CypherResult(
            ["name", "type", "entityType", "labelsOrTypes", "properties"],
            [["method_key", "UNIQUENESS", "NODE", new object?[] { "Method" }, new object?[] { "key" }]],
            new Dictionary<string, long>());

        var lines = Neo4jDialect.For(new Version(5, 26, 0)).DescribeConstraints(result);

        Assert.Equal(["UNIQUENESS :Method(key) [method_key]"], lines);
    }

    [Theory]
    [InlineData("3.1.1", "CREATE CONSTRAINT ON (n:Method) ASSERT n.key IS UNIQUE")]
    [InlineData("4.2.0", "CREATE CONSTRAINT ftg_method_key IF NOT EXISTS ON (n:Method) ASSERT n.key IS UNIQUE")]
    [InlineData("4.4.0", "CREATE CONSTRAINT ftg_method_key IF NOT EXISTS FOR (n:Method) REQUIRE n.key IS UNIQUE")]
    [InlineData("5.26.0", "CREATE CONSTRAINT ftg_method_key IF NOT EXISTS FOR (n:Method) REQUIRE n.key IS UNIQUE")]
    public void CreateUniqueConstraint_UsesTheSyntaxOfTheServerVersion(string version, string expected) =>
        Assert.Equal(expected, Neo4jDialect.For(Version.Parse(version)).CreateUniqueConstraint("Method", "key").Text);

    [Fact]
    public void CreateFulltextIndex_OnlyWhereTheServerHasIdempotentDdl()
    {
        Assert.Null(Neo4jDialect.For(new Version(3, 1, 1)).CreateFulltextIndex("ftg_paper_text", "Paper", ["title", "abstract"]));
        Assert.Equal("CREATE FULLTEXT INDEX ftg_paper_text IF NOT EXISTS FOR (n:Paper) ON EACH [n.title, n.abstract]",
            Neo4jDialect.For(new Version(5, 26, 0)).CreateFulltextIndex("ftg_paper_text", "Paper", ["title", "abstract"])!.Text);
    }

    [Theory]
    [InlineData("3.1.1", "CONSTRAINT ON ( method:Method ) ASSERT method.key IS UNIQUE")]
    [InlineData("4.0.0", "CONSTRAINT ON ( method:Method ) ASSERT (method.key) IS UNIQUE")]
    [InlineData("4.1.3", "CONSTRAINT ON ( `method`:`Method` ) ASSERT (`method`.`key`) IS UNIQUE")]
    public void UniqueKeys_BeforeShowCommands_ReadsTheDescription(string version, string description)
    {
        var result = new CypherResult(["description"], [[description], ["CONSTRAINT ON ( paper:Paper ) ASSERT exists(paper.title)"]], new Dictionary<string, long>());

        var keys = Neo4jDialect.For(Version.Parse(version)).UniqueKeys(result);

        Assert.Equal([("Method", "key")], keys);
    }

    [Fact]
    public void UniqueKeys_On5_ReadsLabelsAndPropertiesOfUniquenessConstraintsOnly()
    {
        var result = new CypherResult(
            ["name", "type", "entityType", "labelsOrTypes", "properties"],
            [
                ["ftg_method_key", "UNIQUENESS", "NODE", new object?[] { "Method" }, new object?[] { "key" }],
                ["paper_title", "NODE_PROPERTY_EXISTENCE", "NODE", new object?[] { "Paper" }, new object?[] { "title" }],
                ["composite", "UNIQUENESS", "NODE", new object?[] { "Author" }, new object?[] { "name", "orcid" }],
            ],
            new Dictionary<string, long>());

        var keys = Neo4jDialect.For(new Version(5, 26, 0)).UniqueKeys(result);

        Assert.Equal([("Method", "key")], keys);
    }

    [Fact]
    public void ListIndexNames_ExistsFrom42Only()
    {
        Assert.Null(Neo4jDialect.For(new Version(3, 1, 1)).ListIndexNames());
        Assert.StartsWith("SHOW INDEXES", Neo4jDialect.For(new Version(5, 26, 0)).ListIndexNames()!.Text, StringComparison.Ordinal);
    }
}
