using System.Text;
using System.Text.Json;

namespace FineTuneGraph.Benchmarks;

/// <summary>Writes records in the arXiv metadata snapshot schema with varied, deterministic text.</summary>
internal static class ArxivSnapshotGenerator
{
    private static readonly string[] Methods = ["LoRA", "QLoRA", "DPO", "PPO", "supervised fine-tuning", "instruction tuning", "prefix tuning", "RLHF", "knowledge distillation", "model merging"];
    private static readonly string[] Models = ["Llama 2", "Mistral-7B", "GPT-4", "Flan-T5 XL", "Qwen2-7B", "Gemma 2B", "BERT", "RoBERTa", "T5", "Falcon-40B"];
    private static readonly string[] Datasets = ["GSM8K", "MATH", "MMLU", "HumanEval", "AlpacaEval", "MT-Bench", "GLUE", "SuperGLUE", "TruthfulQA", "ARC"];
    private static readonly string[] Fillers =
    [
        "We study how the choice of adaptation strategy interacts with data quality and scale.",
        "Our analysis covers several training budgets, e.g. one, three and ten epochs, and compares them side by side.",
        "The results suggest that careful curation matters more than raw volume, i.e. fewer but cleaner examples win.",
        "Ablations show that each component contributes, and the full method is robust to hyper-parameters.",
        "We release code, checkpoints and evaluation scripts to support reproducibility.",
    ];

    /// <summary>Writes records until the file holds about <paramref name="targetBytes"/> or <paramref name="maxRecords"/> records.</summary>
    public static async Task<int> WriteAsync(string path, long targetBytes, int maxRecords = int.MaxValue)
    {
        var random = new Random(42);
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var newline = "\n"u8.ToArray();
        long written = 0;
        var count = 0;
        while (written < targetBytes && count < maxRecords)
        {
            count++;
            var bytes = JsonSerializer.SerializeToUtf8Bytes(Record(count, random));
            await stream.WriteAsync(bytes);
            await stream.WriteAsync(newline);
            written += bytes.Length + 1;
        }

        Console.WriteLine($"wrote {count:N0} records, {written:N0} bytes to {path}");
        return 0;
    }

    private static Dictionary<string, object?> Record(int n, Random random)
    {
        var method = Methods[random.Next(Methods.Length)];
        var model = Models[random.Next(Models.Length)];
        var dataset = Datasets[random.Next(Datasets.Length)];
        var block = n / 99_999;
        var id = $"{10 + (block / 12)}{1 + (block % 12):00}.{1 + (n % 99_999):00000}";
        var text = new StringBuilder("  ");
        text.Append($"We propose a variant of {method} for adapting {model} and evaluate it on {dataset}.\n");
        text.Append($"It improves accuracy by {random.Next(1, 20)}.{random.Next(10)}% over the baseline on {dataset}. ");
        for (var i = 0; i < 4; i++)
        {
            text.Append(Fillers[random.Next(Fillers.Length)]).Append(i % 2 == 0 ? "\n" : " ");
        }

        return new Dictionary<string, object?>
        {
            ["id"] = id,
            ["submitter"] = "A. Researcher",
            ["authors"] = "Ada Lovelace, Alan Turing and Grace Hopper",
            ["title"] = $"Paper {n}: {method} for\n  {model} on {dataset}",
            ["comments"] = "12 pages",
            ["journal-ref"] = null,
            ["doi"] = null,
            ["report-no"] = null,
            ["categories"] = "cs.CL cs.LG",
            ["license"] = "http://arxiv.org/licenses/nonexclusive-distrib/1.0/",
            ["abstract"] = text.ToString(),
            ["versions"] = new[] { new Dictionary<string, string> { ["version"] = "v1", ["created"] = "Mon, 4 Mar 2024 17:59:01 GMT" } },
            ["update_date"] = "2024-03-05",
            ["authors_parsed"] = new[] { new[] { "Lovelace", "Ada", "" }, new[] { "Turing", "Alan", "" }, new[] { "Hopper", "Grace", "" } },
        };
    }
}
