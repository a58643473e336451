using System.Text.Json;
using System.Text.Json.Nodes;
using FineTuneGraph.Evaluation;

namespace FineTuneGraph.Core.Tests.Evaluation;

public sealed class GoldFileTests : IDisposable
{
    private const string GoodLine = """{"id": "a", "title": "A", "methods": [], "models": [], "datasets": [], "tasks": [], "metrics": [], "method_dataset": [], "method_model": [], "results": []}""";
    private readonly string _folder = Directory.CreateTempSubdirectory("ftg-gold-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task ReadAsync_SeedGold_ReadsEveryLine()
    {
        var lines = File.ReadAllLines(Gold.SeedPath).Count(l => !string.IsNullOrWhiteSpace(l));

        var records = await GoldFile.ReadAsync(Gold.SeedPath, TestContext.Current.CancellationToken);

        Assert.Equal(lines, records.Count);
        Assert.All(records, r => Assert.All(r.Methods, m => Assert.NotNull(m.Proposed)));
        Assert.All(records, r => Assert.All(r.Datasets, d => Assert.Null(d.Proposed)));
    }

    [Fact]
    public void ToJsonLine_EverySeedLine_RoundTripsToTheSameJson()
    {
        foreach (var line in File.ReadLines(Gold.SeedPath).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var written = GoldRecord.Parse(line).ToJsonLine();

            Assert.DoesNotContain('\n', written);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(line), JsonNode.Parse(written)), $"{line}\n{written}");
        }
    }

    [Fact]
    public void JsonSerializer_UsesTheGoldSchema()
    {
        var line = File.ReadLines(Gold.SeedPath).First();

        var record = JsonSerializer.Deserialize<GoldRecord>(line)!;
        var written = JsonSerializer.Serialize(record, new JsonSerializerOptions { WriteIndented = true });

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(line), JsonNode.Parse(written)));
    }

    [Fact]
    public void ToJsonLine_WritesFieldsInSchemaOrderWithProposedOnMethodsOnlyAndNullsInResults()
    {
        var record = new GoldRecord("x", "X")
        {
            Methods = [new GoldEntity("LoRA", ["LoRA"])],
            Datasets = [new GoldEntity("GSM8K", ["GSM8K"], Proposed: true)],
            MethodDataset = [new GoldPair("LoRA", "GSM8K")],
            Results = [new GoldResult("58.8%", null, "GSM8K", null, null)],
        };

        var json = JsonNode.Parse(record.ToJsonLine())!.AsObject();

        Assert.Equal(
            ["id", "title", "methods", "models", "datasets", "tasks", "metrics", "method_dataset", "method_model", "results"],
            json.Select(p => p.Key));
        Assert.Equal("""{"name":"LoRA","mentions":["LoRA"],"proposed":false}""", json["methods"]![0]!.ToJsonString());
        Assert.Equal("""{"name":"GSM8K","mentions":["GSM8K"]}""", json["datasets"]![0]!.ToJsonString());
        Assert.Equal("""[["LoRA","GSM8K"]]""", json["method_dataset"]!.ToJsonString());
        Assert.Equal("""[{"value":"58.8%","metric":null,"dataset":"GSM8K","method":null,"model":null}]""", json["results"]!.ToJsonString());
    }

    [Fact]
    public void ToJsonLine_KeepsNonAsciiReadable()
    {
        var line = new GoldRecord("m-ller", "Müller’s α-Model").ToJsonLine();

        Assert.Contains("Müller’s α-Model", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AbsentListsAndNumericValue_AreAccepted()
    {
        var record = GoldRecord.Parse("""{"id": "a", "title": "A", "results": [{"value": 58.8, "metric": "accuracy"}]}""");

        Assert.Empty(record.Methods);
        Assert.Equal(new GoldResult("58.8", "accuracy", null, null, null), Assert.Single(record.Results));
    }

    [Theory]
    [InlineData("""{"id": "b", "title": "B", "methods": [}""", "invalid JSON")]
    [InlineData("""[1, 2]""", "record must be an object")]
    [InlineData("""{"title": "B"}""", "id is missing")]
    [InlineData("""{"id": "b", "title": ""}""", "title must not be empty")]
    [InlineData("""{"id": "b", "title": "B", "dataset": []}""", "dataset unknown field")]
    [InlineData("""{"id": "b", "title": "B", "methods": {}}""", "methods must be an array, not an object")]
    [InlineData("""{"id": "b", "title": "B", "models": [{"mentions": ["T5"]}]}""", "models[0].name is missing")]
    [InlineData("""{"id": "b", "title": "B", "models": [{"name": "T5", "mentions": "T5"}]}""", "models[0].mentions must be an array")]
    [InlineData("""{"id": "b", "title": "B", "methods": [{"name": "X", "mentions": [], "proposed": "yes"}]}""", "methods[0].proposed must be true or false")]
    [InlineData("""{"id": "b", "title": "B", "datasets": [{"name": "X", "mentions": [], "proposed": true}]}""", "'proposed' is only used on methods")]
    [InlineData("""{"id": "b", "title": "B", "method_model": [["LoRA", "T5", "x"]]}""", "method_model[0] must be a [method, model] array of two strings, not an array of 3")]
    [InlineData("""{"id": "b", "title": "B", "method_dataset": [["LoRA", null]]}""", "method_dataset[0][1] must be a string, not null")]
    [InlineData("""{"id": "b", "title": "B", "results": [{"value": "1%", "score": 1}]}""", "results[0].score unknown field")]
    [InlineData("""{"id": "b", "id": "c", "title": "B"}""", "invalid JSON")]
    public async Task ReadAsync_BadLine_NamesFileAndLine(string badLine, string reason)
    {
        var path = Path.Combine(_folder, "gold.jsonl");
        await File.WriteAllTextAsync(path, $"{GoodLine}\n\n{badLine}\n", TestContext.Current.CancellationToken);

        var exception = await Assert.ThrowsAsync<GoldFileException>(() => GoldFile.ReadAsync(path, TestContext.Current.CancellationToken));

        Assert.StartsWith($"{path}:3: ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
        Assert.Equal((path, 3L), (exception.File, exception.Line));
    }

    [Fact]
    public async Task ReadAsync_RepeatedId_NamesBothLines()
    {
        var path = Path.Combine(_folder, "gold.jsonl");
        await File.WriteAllTextAsync(path, $"{GoodLine}\n{GoodLine}\n", TestContext.Current.CancellationToken);

        var exception = await Assert.ThrowsAsync<GoldFileException>(() => GoldFile.ReadAsync(path, TestContext.Current.CancellationToken));

        Assert.Equal($"{path}:2: id 'a' already occurs on line 1", exception.Message);
    }

    [Fact]
    public async Task ReadAsync_ByteOrderMarkAndBlankLines_AreSkipped()
    {
        var path = Path.Combine(_folder, "gold.jsonl");
        await File.WriteAllTextAsync(path, $"\n{GoodLine}\r\n   \n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true), TestContext.Current.CancellationToken);

        var records = await GoldFile.ReadAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal("a", Assert.Single(records).Id);
    }
}
