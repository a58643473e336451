using FineTuneGraph.Benchmarks;

return args switch
{
    ["generate-arxiv", var size, var output] => await ArxivSnapshotGenerator.WriteAsync(output, SizeParser.Parse(size)),
    ["read", var input, .. var rest] => await CorpusReadBenchmark.RunAsync(input, merge: !rest.Contains("--no-merge")),
    ["trie", var rules, var input] => await TrieProbe.RunAsync(rules, input),
    ["extract", var rules, var input, var rounds] => await ExtractionBenchmark.RunAsync(rules, input, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture)),
    ["dump", var rules, var output, .. var inputs] when inputs.Length > 0 => await ExtractionDump.RunAsync(rules, output, inputs),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          generate-arxiv SIZE FILE     write an arXiv-snapshot-shaped JSON Lines file of about SIZE bytes (e.g. 1GB, 100MB)
          read FILE [--no-merge]       stream FILE through the corpus reader; print papers, time and peak memory
          extract RULES FILE ROUNDS    extract every paper of FILE ROUNDS times on one thread; print abstracts/s
          dump RULES OUT FILE...       write everything extracted from each paper to OUT, to compare outputs byte by byte
        """);
    return 2;
}
