using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using FineTuneGraph.Cli.Tests.Support;
using FineTuneGraph.Cypher;
using FineTuneGraph.IntegrationTests.Graph;
using FineTuneGraph.IntegrationTests.Support;

namespace FineTuneGraph.IntegrationTests.Reliability;

/// <summary>Values only as parameters, the password in no output, file or command line, the local server on loopback with auth, TLS verified.</summary>
public sealed partial class SecurityTests(Neo4jTestServer server)
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void CypherText_IsNeverBuiltFromValues_OnlyTheDialectsDdlAndTheExportScriptSpliceNames()
    {
        var offenders = Directory.EnumerateFiles(GraphBuildKit.Repository("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => InterpolatedCypher().IsMatch(File.ReadAllText(f)) || ConcatenatedCypher().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .ToArray();

        // Neo4jDialect splices labels and properties from GraphVocabulary's allow-list into DDL (Cypher takes no label
        // as a parameter); CypherScriptExporter writes a script file with values as escaped literals (CypherLiteralTests).
        Assert.Equal(["CypherScriptExporter.cs", "Neo4jDialect.cs"], offenders);
        ReliabilityRecord.Write("security", "Cypher text built from values (every .cs file of src/ scanned)", "none", new Dictionary<string, object?> { ["filesThatSpliceAllowListedNames"] = offenders });
    }

    [Fact]
    public void Recipes_HoldNoClauseThatWrites()
    {
        var writers = CypherLibrary.Recipes
            .Select(r => (r.Name, Clauses: WritingClause().Matches(CommentsAndStrings().Replace(string.Join("\n", r.Statements), " ")).Select(m => m.Value.ToUpperInvariant()).Distinct().ToArray()))
            .Where(r => r.Clauses.Length > 0)
            .Select(r => $"{r.Name}: {string.Join(", ", r.Clauses)}")
            .ToArray();

        Assert.NotEmpty(CypherLibrary.Recipes);
        Assert.Empty(writers);
        ReliabilityRecord.Write("security", "recipes (cypher/recipes) scanned for clauses that write", "none", new Dictionary<string, object?> { ["recipes"] = CypherLibrary.Recipes.Count });
    }

    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task LocalServer_PasswordIsInNoCommandLineOutputOrFile_ListensOnLoopback_AndRequiresAuth()
    {
        var password = $"ftg-secret-{Guid.NewGuid():N}";
        var instance = $"sec-{Guid.NewGuid():N}"[..12];
        var http = Neo4jTestServer.UnusedPort();
        var bolt = Neo4jTestServer.UnusedPort();
        var folder = GraphBuildKit.Repository(".neo4j", "instances", instance);
        (string, string)[] environment = [("NEO4J_URI", $"http://127.0.0.1:{http}"), ("NEO4J_BOLT_PORT", $"{bolt}"), ("NEO4J_PASSWORD", password), ("FTG_NEO4J_INSTANCE", instance)];
        using var watching = new CancellationTokenSource();
        var seen = WatchCommandLinesAsync(password, watching.Token);
        try
        {
            await using (var start = FtgProcess.Run(server, ["neo4j", "start"], environment))
            {
                Assert.Equal(0, await start.WaitForExitAsync(TimeSpan.FromSeconds(120)));
                Assert.DoesNotContain(password, start.Log, StringComparison.Ordinal);
            }

            var configuration = new Dictionary<string, string?>(server.Configuration) { ["Neo4j:Uri"] = $"http://127.0.0.1:{http}", ["Neo4j:Password"] = password, ["Neo4j:BoltPort"] = $"{bolt}", ["LocalNeo4j:Instance"] = instance };
            var doctor = await CliRun.RunAsync(configuration, "doctor", "--verbose");
            var wrongPort = await CliRun.RunAsync(new Dictionary<string, string?>(configuration) { ["Neo4j:Uri"] = $"http://127.0.0.1:{http + 1}" }, "neo4j", "status");
            using var anonymous = new HttpClient();
            var unauthenticated = await anonymous.PostAsync(new Uri($"http://127.0.0.1:{http}/db/data/transaction/commit"), new StringContent("""{"statements":[]}""", Encoding.UTF8, "application/json"), Token);
            await using (var stop = FtgProcess.Run(server, ["neo4j", "stop"], environment))
            {
                Assert.Equal(0, await stop.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            }

            await watching.CancelAsync();
            var commandLines = await seen;
            var conf = await File.ReadAllTextAsync(Path.Combine(folder, "conf", "neo4j.conf"), Token);
            var filesWithPassword = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => new FileInfo(f).Length < 64 << 20 && File.ReadAllBytes(f).AsSpan().IndexOf(Encoding.UTF8.GetBytes(password)) >= 0)
                .ToArray();

            Assert.Equal(0, doctor.ExitCode);
            Assert.DoesNotContain(password, doctor.Output + doctor.Error, StringComparison.Ordinal);
            Assert.Equal(0, commandLines.Matches);
            Assert.True(commandLines.Scans > 50, $"only {commandLines.Scans} scans of the process table");
            Assert.Empty(filesWithPassword);
            Assert.False(File.Exists(Path.Combine(folder, ".password-fingerprint")));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(folder, "data", "dbms", "auth")));
            Assert.Contains("dbms.security.auth_enabled=true", conf, StringComparison.Ordinal);
            Assert.Contains("dbms.connectors.default_listen_address=127.0.0.1", conf, StringComparison.Ordinal);
            Assert.Contains($"dbms.connector.http.listen_address=127.0.0.1:{http}", conf, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
            Assert.NotEqual(0, wrongPort.ExitCode);
            ReliabilityRecord.Write("security", "the local server's password while it is provisioned, started, used and stopped", "not exposed", new Dictionary<string, object?>
            {
                ["processTableScans"] = commandLines.Scans,
                ["commandLinesWithThePassword"] = commandLines.Matches,
                ["filesWithThePassword"] = filesWithPassword.Length,
                ["authFileMode"] = "0600",
                ["listens"] = "127.0.0.1 only",
                ["requestWithoutCredentials"] = (int)unauthenticated.StatusCode,
            });
        }
        finally
        {
            await watching.CancelAsync();
            await seen;
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [Fact]
    public async Task Https_WithAnUntrustedCertificate_IsRefusedInOneLine_WithoutRetries()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        using var certificate = SelfSigned();
        var serving = ServeTlsAsync(listener, certificate);
        var configuration = new Dictionary<string, string?>(server.Configuration) { ["Neo4j:Uri"] = $"https://127.0.0.1:{port}" };

        var run = await CliRun.RunAsync(configuration, "doctor");

        listener.Stop();
        await serving;
        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("did not complete a TLS handshake", line, StringComparison.Ordinal);
        Assert.Contains("certificate is not trusted", line, StringComparison.Ordinal);
        Assert.DoesNotContain("gave up after", line, StringComparison.Ordinal);
        ReliabilityRecord.Write("security", "https:// to a server with a self-signed certificate", "refused", new Dictionary<string, object?> { ["attempts"] = 1 });
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    private static async Task ServeTlsAsync(TcpListener listener, X509Certificate2 certificate)
    {
        try
        {
            while (true)
            {
                using var client = await listener.AcceptTcpClientAsync(Token);
                await using var tls = new SslStream(client.GetStream());
                try
                {
                    await tls.AuthenticateAsServerAsync(certificate, clientCertificateRequired: false, checkCertificateRevocation: false);
                }
                catch (Exception ex) when (ex is IOException or System.Security.Authentication.AuthenticationException)
                {
                    // The client refused the certificate: what the test expects.
                }
            }
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException or OperationCanceledException)
        {
        }
    }

    /// <summary>Reads every process's command line until cancelled, counting those that hold <paramref name="secret"/>.</summary>
    private static Task<(int Scans, int Matches)> WatchCommandLinesAsync(string secret, CancellationToken cancellationToken) => Task.Run(async () =>
    {
        var scans = 0;
        var matches = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var process in Directory.EnumerateDirectories("/proc").Where(d => Path.GetFileName(d).All(char.IsAsciiDigit)))
            {
                try
                {
                    if (File.ReadAllText(Path.Combine(process, "cmdline")).Contains(secret, StringComparison.Ordinal))
                    {
                        matches++;
                    }
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }

            scans++;
            try
            {
                await Task.Delay(5, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return (scans, matches);
    }, CancellationToken.None);

    [GeneratedRegex(@"\$@?""[^""]*\b(MATCH|MERGE|CREATE|UNWIND|DELETE|DETACH|SET|CALL)\b")]
    private static partial Regex InterpolatedCypher();

    [GeneratedRegex(@"RunAsync\(\s*""[^""]*""\s*\+")]
    private static partial Regex ConcatenatedCypher();

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|'(?:[^'\\]|\\.)*'|""(?:[^""\\]|\\.)*""|`[^`]*`", RegexOptions.Singleline)]
    private static partial Regex CommentsAndStrings();

    [GeneratedRegex(@"\b(?:CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\s+CSV|CALL\s+(?:apoc|dbms|db\.(?:create|index\.fulltext\.(?:create|drop)))\b)", RegexOptions.IgnoreCase)]
    private static partial Regex WritingClause();
}
