using FineTuneGraph.Export;

namespace FineTuneGraph.Core.Tests.Export;

public sealed class CypherLiteralTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", "'it\\'s'")]
    [InlineData("a\\b", "'a\\\\b'")]
    [InlineData("line\nbreak\ttab", "'line\\nbreak\\ttab'")]
    [InlineData("bell\u0007", "'bell\\u0007'")]
    [InlineData("x'}) DETACH DELETE n //", "'x\\'}) DETACH DELETE n //'")]
    public void String_IsQuotedWithEveryDangerousCharacterEscaped(string value, string literal) =>
        Assert.Equal(literal, CypherLiteral.Of(value));

    [Fact]
    public void Values_KeepTheirTypes()
    {
        Assert.Equal("5.0", CypherLiteral.Of(5.0));
        Assert.Equal("4.1", CypherLiteral.Of(4.1));
        Assert.Equal("7", CypherLiteral.Of(7L));
        Assert.Equal("[1, 2]", CypherLiteral.Of(new[] { 1L, 2L }));
        Assert.Equal("{`a b`: true, `x``y`: null}", CypherLiteral.Of(new Dictionary<string, object?> { ["a b"] = true, ["x`y"] = null }));
    }
}
