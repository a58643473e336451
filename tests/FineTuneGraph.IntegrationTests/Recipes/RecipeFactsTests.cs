using FineTuneGraph.Cypher.Recipes;
using FineTuneGraph.IntegrationTests.Support;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.IntegrationTests.Recipes;

/// <summary>Each recipe, run on the real 3.1.1 server loaded with the bundled sample, answers with facts of that corpus.</summary>
public sealed class RecipeFactsTests(Neo4jTestServer server) : IAsyncLifetime
{
    private const string MaskedThought = "masked-thought-simply-masking-partial-reasoning-steps-can-improve-mathematical-reasoning-learning-of-language-models";
    private const string DpoPaper = "direct-preference-optimization-your-language-model-is-secretly-a-reward-model";
    private const string LoraVsFull = "lora-vs-full-fine-tuning-an-illusion-of-equivalence";
    private const string Rlhf = "reinforcement learning from human feedback";

    public async ValueTask InitializeAsync() => await SampleGraph.EnsureAsync(server);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>
    /// recipe, parameters (name=value;...), then a row is looked up where <c>keyColumn</c> equals <c>key</c>, and its
    /// <c>column</c> must equal (or, for a list, contain) <c>expected</c>.
    /// </summary>
    public static TheoryData<string, string, string, string, string, string> Facts => new()
    {
        // 1. Masked Thought is evaluated on GSM8K in the sample (dataset named in lower case: matched case-insensitively).
        { "methods-evaluated-on-dataset", "dataset=gsm8k", "method", "Masked Thought", "paperIds", MaskedThought },
        // 2. The DPO-variants paper evaluates DPO on MT-Bench.
        { "datasets-of-method", "method=dpo", "dataset", "MT-Bench", "relation", "EVALUATED_ON" },
        // 3. The matrix has the Masked Thought × GSM8K pair.
        { "method-dataset-matrix", "limit=500", "method", "Masked Thought", "dataset", "GSM8K" },
        // 4. The DPO paper proposes DPO.
        { "proposed-methods", "limit=500", "paper", DpoPaper, "methods", "DPO" },
        // 5. CorDA shares LoRA with "LoRA vs Full Fine-tuning".
        { "similar-papers", $"paper={LoraVsFull};limit=100", "paper", "corda-context-oriented-decomposition-adaptation-of-large-language-models", "methods", "LoRA" },
        // 6. RLHF and SFT are named together by seven papers, the strongest pair.
        { "method-co-usage", "minPapers=7", "method", Rlhf, "otherMethod", "supervised fine-tuning" },
        // 7. DPO and LoRA meet in one survey paper: two steps.
        { "shortest-path-between-methods", "from=dpo;to=LORA", "hops", "2", "steps", "LoRA" },
        // 8. Masked Thought's 5% accuracy gain on GSM8K.
        { "dataset-leaderboard", "dataset=GSM8K", "paper", MaskedThought, "metric", "accuracy" },
        // 9. LoRA was applied to Llama 2-Chat 70B.
        { "models-of-method", "method=LoRA", "model", "Llama 2-Chat 70B", "paperIds", "lora-fine-tuning-efficiently-undoes-safety-training-in-llama-2-chat-70b" },
        // 10. Supervised fine-tuning is the biggest hub, named by 26 papers.
        { "hubs", "limit=1", "name", "supervised fine-tuning", "papers", "26" },
        // 11. GreenTrainer's paper writes "LoRa", found by the LoRA dictionary rule.
        { "papers-mentioning-method", "method=lora", "paper", "towards-green-ai-in-fine-tuning-large-language-models-via-adaptive-backpropagation", "rules", "dict:lora" },
        // 12. MBPP is named by LeTI's paper only.
        { "long-tail-datasets", "limit=500", "dataset", "MBPP", "paper", "leti-learning-to-generate-from-textual-interactions" },
        // 13. The DPO paper says DPO exceeds RLHF.
        { "methods-compared-with", "method=DPO", "relation", "OUTPERFORMS", "paperIds", DpoPaper },
        // 14. is EntityNeighbourhood_GSM8K_PathsReachMaskedThoughtUnderTheBrowserLimit below.
        // 15. The sample's 86 papers.
        { "graph-overview", "runs=5", "name", "Paper", "count", "86" },
        // 16. "low-rank adaptation" (any case) is LoRA.
        { "entity-lookup", "alias=LOW-RANK ADAPTATION", "key", "lora", "aliases", "LoRa" },
        // Extra: papers using DPO address reward modeling (three of them).
        { "tasks-of-method", "method=DPO", "task", "reward modeling", "papers", "3" },
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public async Task Recipe_OnTheSample_AnswersAKnownFact(string name, string parameters, string keyColumn, string key, string column, string expected)
    {
        var result = await RunAsync(name, parameters);

        var rows = Enumerable.Range(0, result.Rows.Count).Where(i => Text(result.Value(i, keyColumn)) == key).ToArray();
        Assert.True(rows.Length > 0, $"no row with {keyColumn} = {key} among {result.Rows.Count}: {string.Join(", ", result.Column(keyColumn).Select(Text))}");
        Assert.Contains(rows, i => Matches(result.Value(i, column), expected));
    }

    [Fact]
    public void Facts_CoverEveryRecipe()
    {
        var covered = Facts.Select(row => row.Data.Item1).Append("entity-neighbourhood").ToHashSet();

        Assert.Equal([], RecipeCatalog.Embedded.All.Select(r => r.Name).Where(n => !covered.Contains(n)).ToArray());
    }

    [Fact]
    public async Task EntityNeighbourhood_GSM8K_PathsReachMaskedThoughtUnderTheBrowserLimit()
    {
        var result = await RunAsync("entity-neighbourhood", "name=GSM8K");

        Assert.Equal(["path"], result.Columns);
        Assert.InRange(result.Rows.Count, 10, 100);
        // A path comes back as the list of its nodes' and relationships' properties, alternating.
        var nodes = result.Column("path").Cast<IReadOnlyList<object?>>()
            .SelectMany(path => path.Where((_, i) => i % 2 == 0).Cast<IReadOnlyDictionary<string, object?>>())
            .Select(n => Text(n.TryGetValue("key", out var k) ? k : n.GetValueOrDefault("id")))
            .ToHashSet();
        Assert.True(nodes.Count < 300, $"{nodes.Count} nodes");
        Assert.Contains("gsm8k", nodes);
        Assert.Contains(MaskedThought, nodes);
    }

    [Fact]
    public async Task MethodDatasetMatrix_RowsAreOrderedByPapers()
    {
        var result = await RunAsync("method-dataset-matrix", "limit=10");

        var papers = result.Column("papers").Cast<long>().ToArray();
        Assert.Equal(10, papers.Length);
        Assert.Equal(papers.OrderDescending(), papers);
    }

    [Fact]
    public async Task LongTailDatasets_LeaveOutDatasetsOfSeveralPapers()
    {
        var result = await RunAsync("long-tail-datasets", "limit=500");

        Assert.DoesNotContain("GSM8K", result.Column("dataset").Select(Text));
    }

    [Fact]
    public async Task GraphOverview_ListsTheBuild()
    {
        var result = await RunAsync("graph-overview", string.Empty);

        var ingest = Assert.Single(Enumerable.Range(0, result.Rows.Count), i => Text(result.Value(i, "kind")) == "ingest");
        Assert.Equal(86L, result.Value(ingest, "count"));
        Assert.Equal("completed (build)", result.Value(ingest, "detail"));
    }

    [Fact]
    public async Task Runner_WritingRecipe_LeavesTheGraphUnchanged()
    {
        var writing = Recipe.Parse("probe", """
            // @recipe probe
            // A recipe that tries to write.
            // @param name: string = "probe"
            // @example ./ftg recipes run probe
            MATCH (m:Method {key: 'lora'})
            CREATE (p:Probe {name: $name})
            SET m.name = 'changed'
            DETACH DELETE m
            RETURN count(p) AS created;
            """, "probe.cypher");
        var before = await server.CountAsync("MATCH (n) RETURN count(n) AS n");

        var result = await new RecipeRunner(server.Client).RunAsync(writing, writing.Bind(new Dictionary<string, string>()), TestContext.Current.CancellationToken);

        Assert.Equal(1L, result.Value(0, "created"));
        Assert.Equal(1, result.Counter("nodes_created"));
        Assert.Equal(1, result.Counter("nodes_deleted"));
        Assert.Equal(0, await server.CountAsync("MATCH (p:Probe) RETURN count(p) AS n"));
        Assert.Equal(1, await server.CountAsync("MATCH (m:Method {key: 'lora', name: 'LoRA'}) RETURN count(m) AS n"));
        Assert.Equal(before, await server.CountAsync("MATCH (n) RETURN count(n) AS n"));
    }

    private async Task<CypherResult> RunAsync(string name, string parameters)
    {
        var recipe = RecipeCatalog.Embedded.Find(name);
        var given = parameters.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        return await new RecipeRunner(server.Client).RunAsync(recipe, recipe.Bind(given), TestContext.Current.CancellationToken);
    }

    private static bool Matches(object? value, string expected) =>
        value is IReadOnlyList<object?> list ? list.Any(v => Text(v) == expected) : Text(value) == expected;

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
