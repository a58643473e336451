using System.Text;
using System.Text.Json;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Core.Tests.Neo4j;

public sealed class CypherParameterWriterTests
{
    [Fact]
    public void WriteRequest_ParametersOfEveryKind_BecomeJsonValues()
    {
        var statement = new CypherStatement("RETURN $p", new Dictionary<string, object?>
        {
            ["p"] = new Dictionary<string, object?>
            {
                ["s"] = "a \"quoted\" `tick` ✓",
                ["i"] = 7,
                ["l"] = long.MaxValue,
                ["d"] = 0.25,
                ["b"] = false,
                ["n"] = null,
                ["list"] = new[] { 1, 2 },
                ["date"] = new DateOnly(2024, 2, 29),
            },
        });

        using var json = JsonDocument.Parse(CypherParameterWriter.WriteRequest([statement]));

        var entry = json.RootElement.GetProperty("statements")[0];
        Assert.Equal("RETURN $p", entry.GetProperty("statement").GetString());
        Assert.True(entry.GetProperty("includeStats").GetBoolean());
        var p = entry.GetProperty("parameters").GetProperty("p");
        Assert.Equal("a \"quoted\" `tick` ✓", p.GetProperty("s").GetString());
        Assert.Equal(7, p.GetProperty("i").GetInt64());
        Assert.Equal(long.MaxValue, p.GetProperty("l").GetInt64());
        Assert.Equal(0.25, p.GetProperty("d").GetDouble());
        Assert.False(p.GetProperty("b").GetBoolean());
        Assert.Equal(JsonValueKind.Null, p.GetProperty("n").ValueKind);
        Assert.Equal(2, p.GetProperty("list").GetArrayLength());
        Assert.Equal("2024-02-29", p.GetProperty("date").GetString());
    }

    [Fact]
    public void WriteRequest_WholeDouble_KeepsItsDecimalPointSoNeo4jStoresAFloat()
    {
        var statement = new CypherStatement("RETURN $d", new Dictionary<string, object?> { ["d"] = 5.0, ["e"] = -12.0, ["f"] = 4.1 });

        var body = Encoding.UTF8.GetString(CypherParameterWriter.WriteRequest([statement]));

        Assert.Contains("\"d\":5.0", body, StringComparison.Ordinal);
        Assert.Contains("\"e\":-12.0", body, StringComparison.Ordinal);
        Assert.Contains("\"f\":4.1", body, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRequest_NaN_IsRefusedWithTheParameterPath()
    {
        var statement = new CypherStatement("RETURN $rows", new Dictionary<string, object?> { ["rows"] = new object?[] { 1.0, double.NaN } });

        var ex = Assert.Throws<ArgumentException>(() => CypherParameterWriter.WriteRequest([statement]));

        Assert.Contains("'rows[1]'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteRequest_UnsupportedType_IsRefusedNamingTheType()
    {
        var statement = new CypherStatement("RETURN $x", new Dictionary<string, object?> { ["x"] = new StringBuilder() });

        var ex = Assert.Throws<ArgumentException>(() => CypherParameterWriter.WriteRequest([statement]));

        Assert.Contains("StringBuilder", ex.Message, StringComparison.Ordinal);
    }
}
