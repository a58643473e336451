using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Core.Tests.Neo4j;

public sealed class TransactionResponseTests
{
    [Fact]
    public void Parse_RowOfEveryJsonType_MapsToDotNetValues()
    {
        const string json = """
            {"results":[{"columns":["s","i","f","t","n","list","map","node"],
              "data":[{"row":["text",42,2.5,true,null,[1,"two",[3.0]],{"k":"v","nested":{"x":-1}},{"key":"lora","name":"LoRA"}],
                       "meta":[null,null,null,null,null,null,null,{"id":0,"type":"node","deleted":false}]}],
              "stats":{"contains_updates":false,"nodes_created":0,"properties_set":3}}],
             "errors":[]}
            """;

        var response = TransactionResponse.Parse(json);

        var result = Assert.Single(response.Results);
        Assert.Equal(["s", "i", "f", "t", "n", "list", "map", "node"], result.Columns);
        Assert.Equal("text", result.Value(0, "s"));
        Assert.Equal(42L, result.Value(0, "i"));
        Assert.Equal(2.5, result.Value(0, "f"));
        Assert.Equal(true, result.Value(0, "t"));
        Assert.Null(result.Value(0, "n"));
        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(result.Value(0, "list"));
        Assert.Equal(1L, list[0]);
        Assert.Equal("two", list[1]);
        Assert.Equal(3.0, Assert.IsAssignableFrom<IReadOnlyList<object?>>(list[2])[0]);
        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Value(0, "map"));
        Assert.Equal("v", map["k"]);
        Assert.Equal(-1L, Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["nested"])["x"]);
        var node = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(result.Value(0, "node"));
        Assert.Equal("LoRA", node["name"]);
        Assert.Equal(3, result.Counter("properties_set"));
        Assert.Equal(0, result.Counter("relationships_created"));
    }

    [Fact]
    public void Parse_FloatWrittenWithDecimalPoint_StaysDouble()
    {
        var response = TransactionResponse.Parse("""{"results":[{"columns":["x"],"data":[{"row":[1.0]}]}],"errors":[]}""");

        Assert.IsType<double>(response.Results[0].Value(0, "x"));
    }

    [Fact]
    public void ThrowOnError_SyntaxError_ThrowsTypedExceptionWithCodeAndMessage()
    {
        const string json = """
            {"results":[],"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input ' ': expected 'h/H' (line 1, column 5 (offset: 4))"}]}
            """;

        var ex = Assert.Throws<Neo4jException>(() => TransactionResponse.Parse(json).ThrowOnError());

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", ex.Code);
        Assert.Equal(Neo4jErrorCategory.Client, ex.Category);
        Assert.StartsWith("Invalid input", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OpenTransaction_GivesCommitUrl()
    {
        const string json = """{"commit":"http://localhost:7474/db/neo4j/tx/2/commit","results":[],"transaction":{"expires":"Fri, 20 Jan 2222 10:11:12 GMT"},"errors":[]}""";

        Assert.Equal("http://localhost:7474/db/neo4j/tx/2/commit", TransactionResponse.Parse(json).CommitUrl);
    }

    [Fact]
    public void Value_UnknownColumn_NamesTheColumnsThatExist()
    {
        var result = TransactionResponse.Parse("""{"results":[{"columns":["a","b"],"data":[{"row":[1,2]}]}],"errors":[]}""").Results[0];

        var ex = Assert.Throws<ArgumentException>(() => result.Value(0, "c"));

        Assert.Contains("columns: a, b", ex.Message, StringComparison.Ordinal);
    }
}
