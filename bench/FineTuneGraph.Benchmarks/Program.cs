using System.Globalization;
using FineTuneGraph.Benchmarks;

return args switch
{
    ["generate-arxiv", var size, var output] => await ArxivSnapshotGenerator.WriteAsync(output, SizeParser.Parse(size)),
    ["read", var input, .. var rest] => await CorpusReadBenchmark.RunAsync(input, merge: !rest.Contains("--no-merge")),
    ["trie", var rules, var input] => await TrieProbe.RunAsync(rules, input),
    ["extract", var rules, var input, var rounds] => await ExtractionBenchmark.RunAsync(rules, input, int.Parse(rounds, CultureInfo.InvariantCulture)),
    ["regex-probe", var rules, var input, var rounds] => await RegexProbe.RunAsync(rules, input, int.Parse(rounds, CultureInfo.InvariantCulture)),
    ["stages", var rules, var input, var rounds] => await StageProfile.RunAsync(rules, input, int.Parse(rounds, CultureInfo.InvariantCulture)),
    ["dump", var rules, var output, .. var inputs] when inputs.Length > 0 => await ExtractionDump.RunAsync(rules, output, inputs),
    ["dump-hostile", var rules, var output, var sizes] => await ExtractionDump.RunHostileAsync(rules, output, sizes.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray()),
    ["hostile", var rules, .. var rest] => await HostileBenchmark.RunAsync(
        rules,
        Option(rest, "--sizes", "50000,100000,200000,400000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(),
        rest.Contains("--shape") ? Option(rest, "--shape", string.Empty) : null,
        TimeSpan.FromSeconds(int.Parse(Option(rest, "--budget", "120"), CultureInfo.InvariantCulture)),
        int.Parse(Option(rest, "--repeat", "1"), CultureInfo.InvariantCulture),
        rest.Contains("--out") ? Option(rest, "--out", string.Empty) : null),
    ["load-compare", var papers, .. var rest] => await LoadComparisonBenchmark.RunAsync(
        int.Parse(papers, CultureInfo.InvariantCulture),
        Option(rest, "--batch-sizes", "50,100,250,500,1000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(),
        int.Parse(Option(rest, "--rounds", "1"), CultureInfo.InvariantCulture),
        int.Parse(Option(rest, "--periodic-commit", "1000"), CultureInfo.InvariantCulture),
        fingerprints: !rest.Contains("--no-fingerprints"),
        profile: rest.Contains("--profile"),
        loadCsv: !rest.Contains("--no-load-csv")),
    ["reliability-report", var output] => ReliabilityReport.Write(Path.Combine(FineTuneGraph.LocalServer.RepositoryLayout.FindRoot() ?? ".", "artifacts", "reliability"), output),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          generate-arxiv SIZE FILE     write an arXiv-snapshot-shaped JSON Lines file of about SIZE bytes (e.g. 1GB, 100MB)
          read FILE [--no-merge]       stream FILE through the corpus reader; print papers, time and peak memory
          extract RULES FILE ROUNDS    extract every paper of FILE ROUNDS times on one thread; print abstracts/s
          stages RULES FILE ROUNDS     the same, with each extraction stage's time and allocations shown apart
          regex-probe RULES FILE ROUNDS  each context and pattern regex over every sentence on each regex engine: µs/abstract
          dump RULES OUT FILE...       write everything extracted from each paper to OUT, to compare outputs byte by byte
          reliability-report OUT       write docs/reliability.md (OUT) from the reliability suites' artifacts/reliability/*.jsonl
          dump-hostile RULES OUT SIZES the same for every hostile shape at each size (comma-separated characters)
          hostile RULES [--sizes 50000,100000,200000,400000] [--shape NAME] [--budget SECONDS] [--repeat N] [--out FILE]
                                       time one extraction of each hostile text shape at each size on one thread (the
                                       fastest of N, 1 by default; a size is skipped once four times the last time exceeds
                                       the budget, 120 s); one JSON line per shape and size to FILE
                                       (artifacts/reliability/extraction.jsonl)
          load-compare PAPERS [--batch-sizes 50,100,250,500,1000] [--rounds N] [--periodic-commit N] [--no-fingerprints] [--no-load-csv] [--profile]
                                       load a generated corpus of PAPERS papers into the bench Neo4j by LOAD CSV and by the
                                       loader at each batch size; print nodes/s, relationships/s and the ratio
                                       (--profile: the loader's time per statement instead)
        """);
    return 2;
}

static string Option(string[] arguments, string name, string fallback) =>
    Array.IndexOf(arguments, name) is var at and >= 0 && at + 1 < arguments.Length ? arguments[at + 1] : fallback;
