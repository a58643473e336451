using System.Text.Json;

namespace FineTuneGraph.IntegrationTests.Inbox;

/// <summary>Abstracts to drop into an inbox, as JSON Lines in the arXiv metadata shape.</summary>
internal static class InboxFiles
{
    private static readonly string[] Sentences =
    [
        "We fine-tune Llama 2 with LoRA and evaluate it on GSM8K.",
        "We study DPO on AlpacaEval and MT-Bench.",
        "QLoRA reduces memory while matching full fine-tuning on MMLU.",
        "We apply PPO to Mistral 7B and report accuracy on MATH.",
        "Our method improves GRPO by 3.2% on GSM8K.",
    ];

    /// <summary>One JSON line for paper <paramref name="number"/>: an arXiv id and an abstract built from known sentences.</summary>
    public static string Line(int number, string? text = null) => JsonSerializer.Serialize(new
    {
        id = Id(number),
        title = $"Paper {number} on fine-tuning",
        @abstract = text ?? $"{Sentences[number % Sentences.Length]} {Sentences[(number / Sentences.Length + 1) % Sentences.Length]}",
        authors = $"Ada Lovelace and Author {number % 97}",
    });

    public static string Id(int number) => $"2501.{number:D5}";

    /// <summary>JSON Lines for papers <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> - 1.</summary>
    public static string Lines(int from, int count) => string.Concat(Enumerable.Range(from, count).Select(n => Line(n) + "\n"));

    public static string NewInbox() => Directory.CreateTempSubdirectory("ftg-inbox-").FullName;
}
