using System.Diagnostics;
using System.Text.Json;
using FineTuneGraph.LocalServer;

namespace FineTuneGraph.IntegrationTests.Support;

/// <summary>Runs tools/cypher-lint (Neo4j's @neo4j-cypher/language-support, Neo4j 5 grammar) on Cypher files.</summary>
internal static class CypherLint
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public sealed record Diagnostic(int Line, int Column, string Severity, string Message);

    public sealed record FileReport(string File, IReadOnlyList<Diagnostic> Diagnostics);

    public static string Root => RepositoryLayout.FindRoot() ?? throw new InvalidOperationException("FineTuneGraph.sln not found.");

    public static async Task<IReadOnlyList<FileReport>> LintAsync(params string[] paths)
    {
        var tool = Path.Combine(Root, "tools", "cypher-lint");
        await EnsureInstalledAsync(tool);
        var (exitCode, output, error) = await RunAsync("node", Root, [Path.Combine(tool, "lint.mjs"), "--json", .. paths]);
        if (exitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"cypher-lint failed (exit {exitCode}): {error}");
        }

        return JsonSerializer.Deserialize<FileReport[]>(output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private static async Task EnsureInstalledAsync(string tool)
    {
        await InstallLock.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(tool, "node_modules", "@neo4j-cypher", "language-support")))
            {
                return;
            }

            var (exitCode, output, error) = await RunAsync("npm", tool, ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"npm ci in tools/cypher-lint failed (exit {exitCode}): {output}{error}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string workingDirectory, string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
