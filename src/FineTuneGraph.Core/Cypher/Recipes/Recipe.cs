using System.Text.Json;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Cypher.Recipes;

/// <summary>
/// A recipe: one question people ask of the graph, in a <c>cypher/recipes/*.cypher</c> file whose header says
/// <c>// @recipe NAME</c>, describes the question in plain <c>//</c> lines, declares each parameter as
/// <c>// @param name: int|string|float|bool = JSON default</c> and gives <c>// @example ./ftg recipes run NAME ...</c>.
/// </summary>
/// <param name="Name">The recipe's name, the same as its file name.</param>
/// <param name="Description">What it answers.</param>
/// <param name="Parameters">Its parameters, in header order.</param>
/// <param name="Example">An example invocation.</param>
/// <param name="Text">The whole file.</param>
/// <param name="Source">The file, for messages.</param>
public sealed record Recipe(string Name, string Description, IReadOnlyList<RecipeParameter> Parameters, string Example, string Text, string Source)
{
    private const string RecipeTag = "@recipe";
    private const string ParamTag = "@param";
    private const string ExampleTag = "@example";

    /// <summary>The statements of the file, without the separating semicolons.</summary>
    public IReadOnlyList<string> Statements => CypherScript.SplitStatements(Text);

    /// <summary>
    /// Parses a recipe file. A bad header throws <see cref="FormatException"/> naming <paramref name="source"/> and the line.
    /// </summary>
    public static Recipe Parse(string fileName, string text, string source)
    {
        string? name = null;
        string? example = null;
        var description = new List<string>();
        var parameters = new List<RecipeParameter>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var lineNumber = 0;
        for (; lineNumber < lines.Length; lineNumber++)
        {
            var line = lines[lineNumber].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                break;
            }

            var comment = line[2..].Trim();
            var at = $"{source}:{lineNumber + 1}";
            if (comment.StartsWith(RecipeTag, StringComparison.Ordinal))
            {
                name = comment[RecipeTag.Length..].Trim();
                if (name != fileName)
                {
                    throw new FormatException($"{at}: '// @recipe {name}' must name the file, '{fileName}'.");
                }
            }
            else if (comment.StartsWith(ParamTag, StringComparison.Ordinal))
            {
                var parameter = ParseParameter(comment[ParamTag.Length..], at);
                if (parameters.Any(p => p.Name == parameter.Name))
                {
                    throw new FormatException($"{at}: parameter '{parameter.Name}' is declared twice.");
                }

                parameters.Add(parameter);
            }
            else if (comment.StartsWith(ExampleTag, StringComparison.Ordinal))
            {
                example = comment[ExampleTag.Length..].Trim();
                if (!example.StartsWith($"./ftg recipes run {fileName}", StringComparison.Ordinal))
                {
                    throw new FormatException($"{at}: the example must start with './ftg recipes run {fileName}'.");
                }
            }
            else if (comment.StartsWith('@'))
            {
                throw new FormatException($"{at}: unknown header tag '{comment.Split(' ')[0]}' (known: @recipe, @param, @example).");
            }
            else
            {
                description.Add(comment);
            }
        }

        var end = $"{source}:{lineNumber + 1}";
        if (name is null)
        {
            throw new FormatException($"{end}: the header has no '// @recipe {fileName}' line.");
        }

        if (description.Count == 0)
        {
            throw new FormatException($"{end}: the header has no description (plain '//' lines saying what the recipe answers).");
        }

        if (example is null)
        {
            throw new FormatException($"{end}: the header has no '// @example ./ftg recipes run {fileName} ...' line.");
        }

        var body = string.Join('\n', lines[lineNumber..]);
        var used = CypherParameterReferences.Names(body);
        if (used.FirstOrDefault(u => parameters.All(p => p.Name != u)) is { } undeclared)
        {
            throw new FormatException($"{end}: the query uses ${undeclared}, which the header does not declare with '// @param {undeclared}: TYPE = DEFAULT'.");
        }

        if (parameters.FirstOrDefault(p => !used.Contains(p.Name)) is { } unused)
        {
            throw new FormatException($"{source}: parameter '{unused.Name}' is declared but the query never uses ${unused.Name}.");
        }

        if (CypherScript.SplitStatements(body).Count != 1)
        {
            throw new FormatException($"{end}: a recipe is exactly one statement.");
        }

        return new Recipe(name, string.Join(' ', description), parameters, example, text, source);
    }

    /// <summary>
    /// The values to run with: the defaults, overridden by <paramref name="given"/> (name to text as typed).
    /// An unknown name or a value of the wrong type throws <see cref="RecipeException"/> listing the parameters.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Bind(IReadOnlyDictionary<string, string> given)
    {
        var values = Parameters.ToDictionary(p => p.Name, p => (object?)p.Default, StringComparer.Ordinal);
        foreach (var (key, text) in given)
        {
            var parameter = Parameters.FirstOrDefault(p => p.Name == key)
                ?? throw new RecipeException($"recipe '{Name}' has no parameter '{key}'. {ParameterList()}");
            values[key] = parameter.TryConvert(text)
                ?? throw new RecipeException($"parameter '{key}' of recipe '{Name}' must be {Article(parameter.TypeName)}, not '{text}'. {ParameterList()}");
        }

        return values;
    }

    /// <summary>The statement to run, with <paramref name="values"/> as its parameters.</summary>
    public CypherStatement ToStatement(IReadOnlyDictionary<string, object?> values) => new(Statements[0], values);

    /// <summary>The whole file with each <c>$name</c> replaced by its value as a Cypher literal, to paste into Neo4j Browser.</summary>
    public string Render(IReadOnlyDictionary<string, object?> values) =>
        CypherParameterReferences.Replace(Text, name => CypherLiteral.Format(values[name])).TrimEnd() + "\n";

    /// <summary>One sentence listing the parameters with their types and defaults.</summary>
    public string ParameterList() => Parameters.Count == 0
        ? $"Recipe '{Name}' takes no parameters."
        : $"Parameters of '{Name}': {string.Join(", ", Parameters.Select(p => p.Signature))}.";

    private static string Article(string typeName) => typeName == "int" ? "an int" : "a " + typeName;

    private static RecipeParameter ParseParameter(string declaration, string at)
    {
        const string expected = "expected '// @param name: int|string|float|bool = JSON default'";
        var equals = declaration.IndexOf('=', StringComparison.Ordinal);
        var colon = equals < 0 ? -1 : declaration.LastIndexOf(':', equals);
        if (equals < 0 || colon < 0)
        {
            throw new FormatException($"{at}: {expected}.");
        }

        var name = declaration[..colon].Trim();
        var typeName = declaration[(colon + 1)..equals].Trim();
        if (name.Length == 0 || !name.All(ch => char.IsLetterOrDigit(ch) || ch == '_') || char.IsDigit(name[0]))
        {
            throw new FormatException($"{at}: '{name}' is not a parameter name; {expected}.");
        }

        var typeIndex = Array.IndexOf(RecipeParameter.TypeNames, typeName);
        if (typeIndex < 0)
        {
            throw new FormatException($"{at}: parameter '{name}' has unknown type '{typeName}' (int, string, float or bool).");
        }

        object? json;
        try
        {
            using var document = JsonDocument.Parse(declaration[(equals + 1)..]);
            json = Neo4jValueReader.Read(document.RootElement);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{at}: the default of parameter '{name}' is not JSON: {ex.Message}", ex);
        }

        var parameter = new RecipeParameter(name, (RecipeParameterType)typeIndex, string.Empty);
        var value = parameter.FromJson(json)
            ?? throw new FormatException($"{at}: the default of parameter '{name}' is not {Article(typeName)}.");
        return parameter with { Default = value };
    }
}
