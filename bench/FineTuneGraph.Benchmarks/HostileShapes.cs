using System.Globalization;
using System.Text;
using FineTuneGraph.Corpus;

namespace FineTuneGraph.Benchmarks;

/// <summary>
/// Text shapes that once made extraction time grow faster than a paper's length: long hyphen chains, thousands of
/// acronym definitions or proposals, one huge sentence, long tokens, and the like. Each builds a paper of about a
/// given number of characters, deterministically. Shared by the <c>hostile</c> benchmark and the regression tests
/// (linked into the test project).
/// </summary>
internal static class HostileShapes
{
    /// <summary>One shape: a name for reports and a builder of (title, abstract) of about <c>chars</c> characters.</summary>
    public sealed record Shape(string Name, Func<int, (string Title, string Abstract)> Build)
    {
        public Paper PaperOf(int chars)
        {
            var (title, text) = Build(chars);
            return new Paper { Id = Name, Title = title, Abstract = text, Source = new SourceLocation("hostile:" + Name, 1) };
        }
    }

    private const string Title = "Big";

    /// <summary>A realistic abstract with full stops; repeated, it is the linear baseline.</summary>
    private const string Realistic =
        "We propose Half Fine-Tuning (HFT), a simple method for large language models such as Llama 2-Chat 70B and GPT-4. " +
        "Compared with LoRA and DPO, our method improves accuracy on GSM8K by 3.2% and on MMLU by 1.5 points, " +
        "and it reduces forgetting on HumanEval by 12% (see Table 2). Experiments on datasets such as MATH, SVAMP and " +
        "AQuA show that HFT outperforms full fine-tuning while updating fewer parameters. ";

    public static IReadOnlyList<Shape> All { get; } =
    [
        new("realistic-sentences", chars => (Title, Repeat(Realistic, chars))),
        new("lora-hyphen-chain", chars => (Title, Repeat("LoRA-", chars))),
        new("acronym-definition-repeated", chars => (Title, Repeat("Low-Rank Adaptation (LoRA) ", chars))),
        new("we-propose-glued", chars => (Title, Repeat("We propose X", chars))),
        new("we-propose-distinct-names", chars => (Title, Numbered(i => $"We propose ZetaNet{i}. ", chars))),
        new("acronym-definitions-distinct", chars => (Title, Numbered(i => $"{Word(i / 676)} {Word(i / 26)} {Word(i)} Optimization ({Initial(i / 676)}{Initial(i / 26)}{Initial(i)}O) ", chars))),
        new("one-sentence-no-full-stop", chars => (Title, Repeat(Realistic.Replace(". ", ", ", StringComparison.Ordinal).Replace("(see Table 2)", string.Empty, StringComparison.Ordinal), chars))),
        new("many-short-sentences", chars => (Title, Repeat("LoRA works on GSM8K. ", chars))),
        new("percent-numbers", chars => (Title, "Our method improves accuracy by " + Numbered(i => $"{i % 100}.5%, ", chars))),
        new("variant-of-appositions", chars => (Title, Numbered(i => $"ZetaNet{i}, a variant of LoRA, ", chars))),
        new("parenthesised-letters", chars => (Title, Numbered(i => $"({(char)('A' + (i % 26))}) ", chars))),
        new("hyphen-run", chars => (Title, "LoRA " + new string('-', chars) + " LoRA")),
        new("slash-run", chars => (Title, "LoRA " + new string('/', chars) + " LoRA")),
        new("underscore-run", chars => (Title, "LoRA " + new string('_', chars) + " LoRA")),
        new("long-token", chars => (Title, "We fine-tune " + Repeat("LoRA7b", chars) + " on GSM8K.")),
        new("glued-web-addresses", chars => (Title, Repeat("https://github.com/x/LoRA", chars))),
        new("model-names", chars => (Title, Repeat("Llama 2-Chat 70B and GPT-4o, ", chars))),
        new("dataset-lists", chars => (Title, Repeat("on datasets such as GSM8K, MATH and SVAMP, ", chars))),
        new("combining-marks", chars => (Title, Repeat("LoRA\u0301 ", chars))),
        new("stacked-combining-marks", chars => (Title, "LoRA a" + new string('\u0301', chars) + " LoRA.")),
        new("mixed-scripts", chars => (Title, Repeat("Обучение LoRA 微调 GSM8K Ελληνικά عربى 70B. ", chars))),
        new("long-title", chars => (Repeat(Realistic, chars), "We fine-tune Llama 2 with LoRA on GSM8K.")),
        new("called-hyphen-chain", chars => (Title, "We propose a method called " + Repeat("LoRA-", chars))),
        new("proposals-with-dataset", chars => (Title, Numbered(i => $"We propose ZetaNet{i} on GSM8K. ", chars))),
        new("title-colons", chars => (Repeat("Alfa Bravo: ", chars), "We fine-tune Llama 2 with LoRA on GSM8K.")),
        new("numbers-beside-mentions", chars => (Title, "Our method improves " + Repeat("LoRA by 1.5% on GSM8K, ", chars))),
        new("model-appositions", chars => (Title, Numbered(i => $"ZetaNet{i}, an advanced model, ", chars))),
        new("long-dataset-list", chars => (Title, "We evaluate on datasets such as " + Numbered(i => $"Set{i}, ", chars))),
        new("unclosed-parentheses", chars => (Title, Repeat("(LoRA ", chars))),
        new("long-form-in-parentheses", chars => (Title, Numbered(i => $"{Initial(i / 676)}{Initial(i / 26)}{Initial(i)} ({Word(i / 676)} {Word(i / 26)} {Word(i)}) ", chars))),
        new("excluded-aliases", chars => (Title, Repeat("mixed precision and precision, ", chars))),
        new("huge-long-form", chars => (Title, Repeat("LoRA-", chars) + "LoRA Tuning (LT) improves LT.")),
        new("dotted-capitals", chars => (Title, "ZetaNet, an advanced model, reads " + Repeat("A.", chars))),
        new("merged-acronyms", chars => (Title, Numbered(i => $"{Word(i / 676)} {Word(i / 26)} {Word(i)} Optimization ({Initial(i / 676)}{Initial(i / 26)}{Initial(i)}O) is Low-Rank Adaptation ({Initial(i / 676)}{Initial(i / 26)}{Initial(i)}O). ", chars))),
        new("quoted-names", chars => (Title, Repeat("\"LoRA\" and 'GSM8K' ", chars))),
        new("colon-definitions-repeated", chars => (Title, Repeat("ZiP: Zero-shot Instruction Pruning ", chars))),
        new("glued-colons", chars => (Title, Repeat("ZIP:", chars))),
    ];

    /// <summary>The shape of that name.</summary>
    public static Shape Named(string name) => All.First(s => s.Name == name);

    private static string Repeat(string unit, int chars)
    {
        var text = new StringBuilder(chars + unit.Length);
        while (text.Length < chars)
        {
            text.Append(unit);
        }

        return text.ToString(0, chars);
    }

    private static string Numbered(Func<int, string> unit, int chars)
    {
        var text = new StringBuilder(chars + 64);
        for (var i = 0; text.Length < chars; i++)
        {
            text.Append(unit(i));
        }

        return text.ToString(0, chars);
    }

    /// <summary>One word for each initial, A to Z.</summary>
    private static readonly string[] Words = ["Alfa", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliett", "Kilo", "Lima",
        "Mike", "November", "Oscar", "Papa", "Quebec", "Romeo", "Sierra", "Tango", "Uniform", "Victor", "Whiskey", "Xray", "Yankee", "Zulu"];

    private static string Word(int i) => Words[i % Words.Length];

    private static char Initial(int i) => Word(i)[0];

    /// <summary>Characters for reports.</summary>
    public static string Kilo(int chars) => (chars / 1000).ToString(CultureInfo.InvariantCulture) + " KB";
}
