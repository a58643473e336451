using FineTuneGraph.Cypher.Recipes;

namespace FineTuneGraph.Core.Tests.Cypher.Recipes;

public sealed class CypherLiteralTests
{
    public static TheoryData<object?, string> Cases => new()
    {
        { null, "null" },
        { "GSM8K", "'GSM8K'" },
        { "it's", @"'it\'s'" },
        { @"a\b", @"'a\\b'" },
        { "line\nbreak\ttab", @"'line\nbreak\ttab'" },
        { "bell\u0007", @"'bell\u0007'" },
        { 42L, "42" },
        { -7L, "-7" },
        { 1.0, "1.0" },
        { 0.25, "0.25" },
        { 1e300, "1E+300" },
        { true, "true" },
        { false, "false" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Format_Value_IsTheCypherLiteral(object? value, string expected) => Assert.Equal(expected, CypherLiteral.Format(value));
}
