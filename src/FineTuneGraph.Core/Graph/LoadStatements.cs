using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using FineTuneGraph.Cypher;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Graph;

/// <summary>
/// The statements of <c>cypher/load/</c>. Where a file stands for one statement per label or relationship type, its
/// placeholders (ENTITY_LABEL, PAPER_EDGE, FROM_LABEL, TO_LABEL, CLAIM_TYPE, NODE_LABEL, RELATIONSHIP_TYPE) are replaced by names
/// from <see cref="GraphVocabulary"/>; nothing else is ever spliced into Cypher text.
/// </summary>
internal static partial class LoadStatements
{
    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    public static CypherStatement Statement(string file, IReadOnlyDictionary<string, object?> parameters, params (string Placeholder, string Name)[] names) =>
        new(Text(file, names), parameters);

    public static IReadOnlyList<CypherStatement> Statements(string file, IReadOnlyDictionary<string, object?> parameters) =>
        CypherLibrary.Load(PathOf(file)).Statements.Select(s => new CypherStatement(s, parameters)).ToArray();

    /// <summary>A name alone is a file of cypher/load/; a name with a folder is relative to cypher/.</summary>
    private static string PathOf(string file) => file.Contains('/', StringComparison.Ordinal) ? $"{file}.cypher" : $"load/{file}.cypher";

    private static string Text(string file, (string Placeholder, string Name)[] names)
    {
        var cacheKey = file + "|" + string.Join("|", names.Select(n => n.Placeholder + "=" + n.Name));
        return Texts.GetOrAdd(cacheKey, _ =>
        {
            var text = CypherLibrary.Load(PathOf(file)).Statements.Single();
            foreach (var (placeholder, name) in names)
            {
                text = Regex.Replace(text, $@"\b{placeholder}\b", GraphVocabulary.Checked(name));
            }

            return Placeholder().IsMatch(text)
                ? throw new InvalidOperationException($"cypher/load/{file}.cypher still has a placeholder after substitution.")
                : text;
        });
    }

    [GeneratedRegex(@"\b(?:ENTITY_LABEL|PAPER_EDGE|FROM_LABEL|TO_LABEL|CLAIM_TYPE|NODE_LABEL|RELATIONSHIP_TYPE)\b")]
    private static partial Regex Placeholder();
}
