using FineTuneGraph.Cypher.Recipes;

namespace FineTuneGraph.Core.Tests.Cypher.Recipes;

public sealed class RecipeTests
{
    private const string Good = """
        // @recipe demo
        // Which methods were evaluated on a dataset.
        // @param dataset: string = "GSM8K"
        // @param limit: int = 10
        // @param min: float = 0.5
        // @param strict: bool = false
        // @example ./ftg recipes run demo --param dataset=MATH
        MATCH (m:Method)-[r:EVALUATED_ON]->(d:Dataset {name: $dataset})
        WHERE r.count >= $min OR $strict
        RETURN m.name AS method, '$notAParameter' AS text // $alsoNot
        LIMIT $limit;
        """;

    [Fact]
    public void Parse_GoodHeader_ReadsNameDescriptionTypedParametersAndExample()
    {
        var recipe = Recipe.Parse("demo", Good, "demo.cypher");

        Assert.Equal("demo", recipe.Name);
        Assert.Equal("Which methods were evaluated on a dataset.", recipe.Description);
        Assert.Equal("./ftg recipes run demo --param dataset=MATH", recipe.Example);
        Assert.Equal(
            ["dataset: string = 'GSM8K'", "limit: int = 10", "min: float = 0.5", "strict: bool = false"],
            recipe.Parameters.Select(p => p.Signature));
        Assert.Equal([typeof(string), typeof(long), typeof(double), typeof(bool)], recipe.Parameters.Select(p => p.Default.GetType()));
        Assert.Contains("MATCH (m:Method)", Assert.Single(recipe.Statements), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> BadHeaders => new()
    {
        { "// Which methods.\n// @param x: int = 1\n// @example ./ftg recipes run demo\nRETURN $x;", "demo.cypher:4: the header has no '// @recipe demo' line." },
        { "// @recipe other\n// Which methods.\n// @example ./ftg recipes run demo\nRETURN 1;", "demo.cypher:1: '// @recipe other' must name the file, 'demo'." },
        { "// @recipe demo\n// @example ./ftg recipes run demo\nRETURN 1;", "demo.cypher:3: the header has no description" },
        { "// @recipe demo\n// Which methods.\nRETURN 1;", "demo.cypher:3: the header has no '// @example ./ftg recipes run demo ...' line." },
        { "// @recipe demo\n// Which methods.\n// @example ftg run demo\nRETURN 1;", "demo.cypher:3: the example must start with './ftg recipes run demo'." },
        { "// @recipe demo\n// Which methods.\n// @param x = 1\nRETURN $x;", "demo.cypher:3: expected '// @param name: int|string|float|bool = JSON default'." },
        { "// @recipe demo\n// Which methods.\n// @param x: integer = 1\nRETURN $x;", "demo.cypher:3: parameter 'x' has unknown type 'integer' (int, string, float or bool)." },
        { "// @recipe demo\n// Which methods.\n// @param x: int = \"ten\"\nRETURN $x;", "demo.cypher:3: the default of parameter 'x' is not an int." },
        { "// @recipe demo\n// Which methods.\n// @param x: int = 1.5\nRETURN $x;", "demo.cypher:3: the default of parameter 'x' is not an int." },
        { "// @recipe demo\n// Which methods.\n// @param x: string = GSM8K\nRETURN $x;", "demo.cypher:3: the default of parameter 'x' is not JSON" },
        { "// @recipe demo\n// Which methods.\n// @param 1x: int = 1\nRETURN 1;", "demo.cypher:3: '1x' is not a parameter name" },
        { "// @recipe demo\n// Which methods.\n// @param x: int = 1\n// @param x: int = 2\nRETURN $x;", "demo.cypher:4: parameter 'x' is declared twice." },
        { "// @recipe demo\n// Which methods.\n// @limit 5\nRETURN 1;", "demo.cypher:3: unknown header tag '@limit' (known: @recipe, @param, @example)." },
        { "// @recipe demo\n// Which methods.\n// @example ./ftg recipes run demo\nRETURN $limit;", "demo.cypher:4: the query uses $limit, which the header does not declare" },
        { "// @recipe demo\n// Which methods.\n// @param x: int = 1\n// @example ./ftg recipes run demo\nRETURN 1;", "demo.cypher: parameter 'x' is declared but the query never uses $x." },
        { "// @recipe demo\n// Which methods.\n// @example ./ftg recipes run demo\nRETURN 1;\nRETURN 2;", "demo.cypher:4: a recipe is exactly one statement." },
    };

    [Theory]
    [MemberData(nameof(BadHeaders))]
    public void Parse_BadHeader_ThrowsNamingFileLineAndReason(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => Recipe.Parse("demo", text, "demo.cypher"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bind_NoValues_GivesTheDefaults()
    {
        var values = Recipe.Parse("demo", Good, "demo.cypher").Bind(new Dictionary<string, string>());

        Assert.Equal("GSM8K", values["dataset"]);
        Assert.Equal(10L, values["limit"]);
        Assert.Equal(0.5, values["min"]);
        Assert.Equal(false, values["strict"]);
    }

    [Fact]
    public void Bind_TypedValues_ConvertsEach()
    {
        var values = Recipe.Parse("demo", Good, "demo.cypher").Bind(new Dictionary<string, string>
        {
            ["dataset"] = "MATH", ["limit"] = "-3", ["min"] = "1e2", ["strict"] = "true",
        });

        Assert.Equal("MATH", values["dataset"]);
        Assert.Equal(-3L, values["limit"]);
        Assert.Equal(100.0, values["min"]);
        Assert.Equal(true, values["strict"]);
    }

    [Theory]
    [InlineData("limit", "ten", "parameter 'limit' of recipe 'demo' must be an int, not 'ten'.")]
    [InlineData("limit", "1.5", "parameter 'limit' of recipe 'demo' must be an int, not '1.5'.")]
    [InlineData("min", "half", "parameter 'min' of recipe 'demo' must be a float, not 'half'.")]
    [InlineData("strict", "yes", "parameter 'strict' of recipe 'demo' must be a bool, not 'yes'.")]
    [InlineData("datset", "MATH", "recipe 'demo' has no parameter 'datset'.")]
    public void Bind_BadValue_ThrowsListingTheParameters(string name, string value, string expected)
    {
        var recipe = Recipe.Parse("demo", Good, "demo.cypher");

        var error = Assert.Throws<RecipeException>(() => recipe.Bind(new Dictionary<string, string> { [name] = value }));

        Assert.Equal(expected + " Parameters of 'demo': dataset: string = 'GSM8K', limit: int = 10, min: float = 0.5, strict: bool = false.", error.Message);
    }

    [Fact]
    public void Render_FillsParametersAsLiterals_OutsideStringsAndComments()
    {
        var recipe = Recipe.Parse("demo", Good, "demo.cypher");

        var text = recipe.Render(recipe.Bind(new Dictionary<string, string> { ["dataset"] = "O'Brien \\ \"QA\"", ["min"] = "2" }));

        Assert.Contains(@"{name: 'O\'Brien \\ ""QA""'}", text, StringComparison.Ordinal);
        Assert.Contains("WHERE r.count >= 2.0 OR false", text, StringComparison.Ordinal);
        Assert.Contains("LIMIT 10;", text, StringComparison.Ordinal);
        Assert.Contains("'$notAParameter' AS text // $alsoNot", text, StringComparison.Ordinal);
    }
}
