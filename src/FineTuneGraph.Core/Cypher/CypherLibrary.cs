using System.Reflection;

namespace FineTuneGraph.Cypher;

/// <summary>The <c>cypher/</c> folder of the repository, embedded into the program so it runs from anywhere.</summary>
public static class CypherLibrary
{
    private const string Prefix = "cypher/";
    private static readonly Assembly Assembly = typeof(CypherLibrary).Assembly;

    /// <summary>Every embedded file, by its path under <c>cypher/</c> (e.g. <c>recipes/graph-overview.cypher</c>).</summary>
    public static IReadOnlyList<string> Paths { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The recipes: questions people ask of the graph.</summary>
    public static IReadOnlyList<CypherScript> Recipes { get; } = Paths
        .Where(p => p.StartsWith("recipes/", StringComparison.Ordinal))
        .Select(Load)
        .ToArray();

    /// <summary>Loads one embedded file by its path under <c>cypher/</c>.</summary>
    public static CypherScript Load(string path) =>
        CypherScript.Parse(Path.GetFileNameWithoutExtension(path), ReadText(path), "cypher/" + path);

    /// <summary>The text of one embedded file by its path under <c>cypher/</c>.</summary>
    public static string ReadText(string path)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + path)
            ?? throw new ArgumentException($"No embedded Cypher file 'cypher/{path}'.", nameof(path));
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
