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
}
