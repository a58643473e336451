using FineTuneGraph.Cypher;

namespace FineTuneGraph.Core.Tests.Cypher;

public sealed class CypherScriptTests
{
    [Fact]
    public void Parse_HeaderParamsAndStatements_AreSeparated()
    {
        const string text = """
            // Which methods were evaluated on a dataset?
            // Ordered by paper count.
            // @param dataset = "GSM8K"
            // @param limit = 25
            MATCH (m:Method)-[e:EVALUATED_ON]->(d:Dataset {name: $dataset})
            RETURN m.name AS method, e.count AS papers
            ORDER BY papers DESC LIMIT $limit;
            """;

        var script = CypherScript.Parse("methods-on-dataset", text);

        Assert.Equal("Which methods were evaluated on a dataset? Ordered by paper count.", script.Description);
        Assert.Equal("GSM8K", script.Parameters["dataset"]);
        Assert.Equal(25L, script.Parameters["limit"]);
        var statement = Assert.Single(script.Statements);
        Assert.StartsWith("// Which methods", statement, StringComparison.Ordinal);
        Assert.EndsWith("LIMIT $limit", statement, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitStatements_SemicolonsInStringsNamesAndComments_DoNotSplit()
    {
        const string text = """
            RETURN 'a;b' AS x, "c;\"d" AS y; // one; still a comment
            MATCH (`we;ird`) /* block; comment */ RETURN 1;
            ;
            """;

        var statements = CypherScript.SplitStatements(text);

        Assert.Equal(2, statements.Count);
        Assert.Equal("RETURN 'a;b' AS x, \"c;\\\"d\" AS y", statements[0]);
        Assert.StartsWith("// one; still a comment", statements[1], StringComparison.Ordinal);
        Assert.EndsWith("RETURN 1", statements[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadParamValue_NamesFileAndLine()
    {
        var ex = Assert.Throws<FormatException>(() => CypherScript.Parse("x", "// about\n// @param limit = twenty\nRETURN 1", "cypher/recipes/x.cypher"));

        Assert.StartsWith("cypher/recipes/x.cypher:2: the value of parameter 'limit' is not JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToStatements_Overrides_ReplaceDefaults()
    {
        var script = CypherScript.Parse("x", "// @param d = \"GSM8K\"\nRETURN $d AS d");

        var statement = Assert.Single(script.ToStatements(new Dictionary<string, object?> { ["d"] = "MATH" }));

        Assert.Equal("MATH", statement.Parameters["d"]);
    }
}
