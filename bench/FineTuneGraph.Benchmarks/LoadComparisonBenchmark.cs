using System.Diagnostics;
using System.Globalization;
using FineTuneGraph.Export;
using FineTuneGraph.Extraction;
using FineTuneGraph.Graph;
using FineTuneGraph.LocalServer;
using FineTuneGraph.Neo4j;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Benchmarks;

/// <summary>
/// The loader against Neo4j's own LOAD CSV, on the same server and the same graph: a generated corpus is extracted
/// and projected once (extraction is not timed), exported with <see cref="AdminImportCsvExporter"/>, and loaded
/// into an empty store with its constraints, once by LOAD CSV and once per batch size by <see cref="GraphWriter"/>
/// (one transaction per batch, as a build). Each round measures LOAD CSV first and last, the loader in between;
/// the first round also compares the fingerprints of LOAD CSV's graph and the loader's at the first batch size.
/// </summary>
internal static class LoadComparisonBenchmark
{
    private sealed record Load(string Name, TimeSpan Time, long Nodes, long Relationships, TimeSpan NodePhase = default, TimeSpan SlowestBatch = default)
    {
        public double NodesPerSecond => Nodes / Time.TotalSeconds;
        public double RelationshipsPerSecond => Relationships / Time.TotalSeconds;
    }

    public static async Task<int> RunAsync(int paperCount, IReadOnlyList<int> batchSizes, int rounds, int periodicCommit, bool fingerprints, bool profile, bool loadCsv)
    {
        var root = RepositoryLayout.FindRoot() ?? throw new InvalidOperationException("Run the benchmark inside the checkout.");
        var corpus = Path.Combine(Path.GetTempPath(), $"ftg-load-compare-{paperCount}.jsonl");
        await ArxivSnapshotGenerator.WriteAsync(corpus, long.MaxValue, paperCount);
        var papers = await BenchCorpus.LoadAsync(corpus);
        var extractor = new Extractor(CompiledRulePack.Compile(RulePackLoader.Load(Path.Combine(root, "rules"))));
        var graphs = papers.AsParallel().AsOrdered().Select(p => PaperGraphProjector.Project(extractor.Extract(p), extractor.Pack.Hash)).ToArray();
        var exported = new ExportedGraph();
        foreach (var graph in graphs)
        {
            exported.Add(graph);
        }

        var expected = (Nodes: (long)exported.Nodes().Count, Relationships: (long)exported.Relationships().Count);
        Console.WriteLine($"{graphs.Length:N0} papers -> {expected.Nodes:N0} nodes, {expected.Relationships:N0} relationships; {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine(string.Join(", ", exported.Nodes().GroupBy(n => n.Label).Select(g => $"{g.Key} {g.Count():N0}")));
        Console.WriteLine(string.Join(", ", exported.Relationships().GroupBy(r => r.Type).Select(g => $"{g.Key} {g.Count():N0}")));

        using var neo4j = new BenchNeo4j();
        await neo4j.StartAsync();
        if (profile)
        {
            foreach (var size in batchSizes)
            {
                await neo4j.EmptyAsync();
                await new GraphSchema(neo4j.Client).EnsureAsync(CancellationToken.None);
                await LoaderProfile.RunAsync(neo4j.Client, graphs, size);
            }

            return 0;
        }

        var files = (await AdminImportCsvExporter.WriteAsync(exported, BenchNeo4j.ImportDirectory, CancellationToken.None)).Where(f => f.EndsWith(".csv", StringComparison.Ordinal)).ToArray();
        var fingerprintsSeen = new List<GraphFingerprint>();
        for (var round = 1; round <= rounds; round++)
        {
            Console.WriteLine($"round {round}");
            var first = loadCsv ? await MeasureAsync(neo4j, expected, "LOAD CSV", () => LoadCsvAsync(neo4j.Client, files, periodicCommit), fingerprints && round == 1, fingerprintsSeen) : null;
            foreach (var size in batchSizes)
            {
                var loader = await MeasureAsync(neo4j, expected, $"loader, batch {size}", () => LoaderAsync(neo4j.Client, graphs, size), fingerprints && round == 1 && size == batchSizes[0], fingerprintsSeen);
                if (first is not null)
                {
                    Console.WriteLine($"    ratio to LOAD CSV (first): {first.Time / loader.Time:0.00}");
                }
            }

            if (first is not null)
            {
                var last = await MeasureAsync(neo4j, expected, "LOAD CSV", () => LoadCsvAsync(neo4j.Client, files, periodicCommit), false, fingerprintsSeen);
                Console.WriteLine($"  LOAD CSV first/last: {first.Time.TotalSeconds:N1} s / {last.Time.TotalSeconds:N1} s");
            }
        }

        return 0;
    }

    private static async Task<Load> MeasureAsync(BenchNeo4j neo4j, (long Nodes, long Relationships) expected, string name, Func<Task<Load>> load, bool fingerprint, List<GraphFingerprint> reference)
    {
        await neo4j.EmptyAsync();
        var server = await neo4j.Client.GetServerInfoAsync();
        await new GraphSchema(neo4j.Client).EnsureAsync(CancellationToken.None);
        var result = await load();
        var counts = await GraphDiff.CountAsync(neo4j.Client, CancellationToken.None);
        var nodes = counts.Where(c => c.Key.Kind == "node").Sum(c => c.Value);
        var relationships = counts.Where(c => c.Key.Kind == "relationship").Sum(c => c.Value);
        var check = nodes == expected.Nodes && relationships == expected.Relationships && result.Nodes == nodes && result.Relationships == relationships
            ? "counts match"
            : $"COUNTS DIFFER: graph {nodes:N0}/{relationships:N0}, created {result.Nodes:N0}/{result.Relationships:N0}, expected {expected.Nodes:N0}/{expected.Relationships:N0}";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-18} {result.Time.TotalSeconds,6:N1} s  {result.NodesPerSecond,7:N0} nodes/s  {result.RelationshipsPerSecond,7:N0} rels/s  ({check})"));
        if (result.SlowestBatch > TimeSpan.Zero)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    slowest batch {result.SlowestBatch.TotalSeconds:N2} s"));
        }

        if (result.NodePhase > TimeSpan.Zero)
        {
            var relationshipPhase = result.Time - result.NodePhase;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    phases: nodes {result.NodePhase.TotalSeconds:N1} s ({result.Nodes / result.NodePhase.TotalSeconds:N0} nodes/s), relationships {relationshipPhase.TotalSeconds:N1} s ({result.Relationships / relationshipPhase.TotalSeconds:N0} rels/s)"));
        }

        if (fingerprint)
        {
            var print = await GraphFingerprint.ComputeAsync(neo4j.Client, CancellationToken.None);
            Console.WriteLine($"    fingerprint {print.Hash[..16]}");
            if (reference.Count > 0 && reference[0] is var other && other.Hash != print.Hash)
            {
                Console.WriteLine("    FINGERPRINTS DIFFER, first lines:");
                foreach (var line in other.Difference(print).Take(10))
                {
                    Console.WriteLine("      " + (line.Length > 300 ? line[..300] + "…" : line));
                }
            }

            reference.Add(print);
        }

        return result;
    }

    private static async Task<Load> LoaderAsync(ICypherClient client, IReadOnlyList<PaperGraph> graphs, int batchSize)
    {
        var writer = new GraphWriter(client);
        var counters = LoadCounters.Zero;
        var watch = Stopwatch.StartNew();
        var slowest = TimeSpan.Zero;
        foreach (var batch in graphs.Chunk(batchSize))
        {
            var started = Stopwatch.GetTimestamp();
            counters += await writer.WriteAsync(batch, CancellationToken.None);
            slowest = Stopwatch.GetElapsedTime(started) is var time && time > slowest ? time : slowest;
        }

        return new Load($"loader {batchSize}", watch.Elapsed, counters.NodesCreated, counters.RelationshipsCreated, SlowestBatch: slowest);
    }

    private static async Task<Load> LoadCsvAsync(ICypherClient client, IReadOnlyList<string> files, int periodicCommit)
    {
        var watch = Stopwatch.StartNew();
        long nodes = 0, relationships = 0;
        foreach (var file in files.Where(f => f.StartsWith("nodes-", StringComparison.Ordinal)))
        {
            var statement = LoadCsvStatements.ForNodes(file, Header(file), periodicCommit);
            Trace(statement);
            nodes += (await client.RunAsync(statement)).Counter("nodes_created");
        }

        var nodePhase = watch.Elapsed;
        foreach (var file in files.Where(f => f.StartsWith("relationships-", StringComparison.Ordinal)))
        {
            var statement = LoadCsvStatements.ForRelationships(file, Header(file), periodicCommit);
            Trace(statement);
            relationships += (await client.RunAsync(statement)).Counter("relationships_created");
        }

        return new Load("LOAD CSV", watch.Elapsed, nodes, relationships, nodePhase);
    }

    private static void Trace(string statement)
    {
        if (Environment.GetEnvironmentVariable("FTG_BENCH_TRACE") == "1")
        {
            Console.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {statement}");
        }
    }

    private static string Header(string file) => File.ReadLines(Path.Combine(BenchNeo4j.ImportDirectory, file)).First();
}
