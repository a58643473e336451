using System.Text;
using System.Text.Json;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Cypher;

/// <summary>
/// A <c>.cypher</c> file of FineTuneGraph: leading <c>//</c> lines describe it, <c>// @param name = JSON</c>
/// lines give parameter defaults, and its statements are separated by <c>;</c>.
/// </summary>
/// <param name="Name">The file name without extension.</param>
/// <param name="Description">The leading comment lines (without <c>//</c> and <c>@param</c> lines).</param>
/// <param name="Parameters">Parameter defaults declared with <c>// @param</c>.</param>
/// <param name="Statements">The statements, without the separating semicolons.</param>
public sealed record CypherScript(
    string Name,
    string Description,
    IReadOnlyDictionary<string, object?> Parameters,
    IReadOnlyList<string> Statements)
{
    private const string ParamMarker = "@param";

    /// <summary>Reads a file.</summary>
    public static CypherScript Load(string path) => Parse(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path), path);

    /// <summary>Parses the text of a file; <paramref name="source"/> names it in errors.</summary>
    public static CypherScript Parse(string name, string text, string? source = null)
    {
        var description = new List<string>();
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith("//", StringComparison.Ordinal))
            {
                if (line.Length > 0)
                {
                    break;
                }

                continue;
            }

            var comment = line[2..].Trim();
            if (comment.StartsWith(ParamMarker, StringComparison.Ordinal))
            {
                var (key, value) = ParseParameter(comment[ParamMarker.Length..], source ?? name, i + 1);
                parameters[key] = value;
            }
            else
            {
                description.Add(comment);
            }
        }

        return new CypherScript(name, string.Join(' ', description).Trim(), parameters, SplitStatements(text));
    }

    /// <summary>The statements with the declared parameters, ready to run.</summary>
    public IReadOnlyList<CypherStatement> ToStatements(IReadOnlyDictionary<string, object?>? overrides = null)
    {
        var values = new Dictionary<string, object?>(Parameters, StringComparer.Ordinal);
        foreach (var (key, value) in overrides ?? new Dictionary<string, object?>())
        {
            values[key] = value;
        }

        return Statements.Select(s => new CypherStatement(s, values)).ToArray();
    }

    /// <summary>Splits on <c>;</c> outside strings, quoted names and comments; drops empty statements.</summary>
    internal static IReadOnlyList<string> SplitStatements(string text)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        var meaningful = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                var end = text.IndexOf('\n', i);
                end = end < 0 ? text.Length : end;
                current.Append(text, i, end - i);
                i = end - 1;
                continue;
            }

            if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                current.Append(text, i, end - i);
                i = end - 1;
                continue;
            }

            if (c is '\'' or '"' or '`')
            {
                var end = i + 1;
                while (end < text.Length && text[end] != c)
                {
                    end += text[end] == '\\' && c != '`' ? 2 : 1;
                }

                end = Math.Min(end + 1, text.Length);
                current.Append(text, i, end - i);
                meaningful = true;
                i = end - 1;
                continue;
            }

            if (c == ';')
            {
                Flush();
                continue;
            }

            current.Append(c);
            meaningful |= !char.IsWhiteSpace(c);
        }

        Flush();
        return statements;

        void Flush()
        {
            if (meaningful)
            {
                statements.Add(current.ToString().Trim());
            }

            current.Clear();
            meaningful = false;
        }
    }

    private static (string Key, object? Value) ParseParameter(string declaration, string source, int line)
    {
        var equals = declaration.IndexOf('=', StringComparison.Ordinal);
        // A recipe's declaration names a type too (name: type = JSON); Recipe checks it, here only the default matters.
        var key = (equals < 0 ? declaration : declaration[..equals]).Split(':')[0].Trim();
        if (equals < 0 || key.Length == 0 || !key.All(ch => char.IsLetterOrDigit(ch) || ch == '_'))
        {
            throw new FormatException($"{source}:{line}: expected '// @param name = JSON value'.");
        }

        try
        {
            using var json = JsonDocument.Parse(declaration[(equals + 1)..]);
            return (key, Neo4jValueReader.Read(json.RootElement));
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{source}:{line}: the value of parameter '{key}' is not JSON: {ex.Message}", ex);
        }
    }
}
