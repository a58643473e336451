using System.CommandLine;
using Microsoft.Extensions.Logging;

namespace FineTuneGraph.Cli;

/// <summary>Flags every command accepts; they override appsettings.json and environment variables.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Neo4jUri = new("--neo4j-uri")
    {
        Description = "Neo4j HTTP address (overrides NEO4J_URI), e.g. http://127.0.0.1:7474",
        Recursive = true,
    };

    public static readonly Option<string?> Neo4jUser = new("--neo4j-user")
    {
        Description = "Neo4j user name (overrides NEO4J_USERNAME). The password comes only from NEO4J_PASSWORD or configuration, never from a flag.",
        Recursive = true,
    };

    public static readonly Option<string?> Neo4jDatabase = new("--neo4j-database")
    {
        Description = "Neo4j database on 4.x/5.x (overrides NEO4J_DATABASE)",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose", "-v")
    {
        Description = "Log what happens (retries, discovery) to stderr",
        Recursive = true,
    };

    public static void AddTo(Command root)
    {
        root.Options.Add(Neo4jUri);
        root.Options.Add(Neo4jUser);
        root.Options.Add(Neo4jDatabase);
        root.Options.Add(Verbose);
    }

    /// <summary>The configuration keys the flags set.</summary>
    public static IReadOnlyDictionary<string, string?> Overrides(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        Set(overrides, "Neo4j:Uri", parse.GetValue(Neo4jUri));
        Set(overrides, "Neo4j:Username", parse.GetValue(Neo4jUser));
        Set(overrides, "Neo4j:Database", parse.GetValue(Neo4jDatabase));
        return overrides;
    }

    public static LogLevel LogLevel(ParseResult parse) => parse.GetValue(Verbose) ? Microsoft.Extensions.Logging.LogLevel.Information : Microsoft.Extensions.Logging.LogLevel.Warning;

    private static void Set(Dictionary<string, string?> overrides, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            overrides[key] = value;
        }
    }
}
