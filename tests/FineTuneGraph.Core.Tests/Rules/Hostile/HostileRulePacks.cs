using System.Globalization;
using System.Text;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Rules.Hostile;

/// <summary>The hostile rule packs of <see cref="RulePackHostileInputTests"/>; the big ones are generated here, never committed.</summary>
internal static class HostileRulePacks
{
    private const string Entity = "version: 1\ntype: Method\nentities:\n  - key: lora\n    name: LoRA\n";
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    public static IReadOnlyList<HostileRulePack> All { get; } =
    [
        new("UTF-8 byte order mark", Bytes("a.yaml", [.. Bom, .. Utf8(Entity)]), null),
        new("two UTF-8 byte order marks", Bytes("a.yaml", [.. Bom, .. Bom, .. Utf8(Entity)]), null),
        new("UTF-16 with a byte order mark", Bytes("a.yaml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Entity)]), null),
        new("50 MB rule file", folder => WriteLarge(Path.Combine(folder, "a.yaml"), 50_000_000), "FTG125", "a.yaml:1:1"),
        new("link to /dev/zero named as a rule file", folder => Link(folder, "zero.yaml", "/dev/zero", Entity), "FTG125", "zero.yaml:1:1"),
        new("binary file", Bytes("a.yaml", [.. Utf8("version: 1\n"), 0x00, 0x01, 0x02, 0xFF, 0xD8, 0x00]), "FTG126", "a.yaml:2:1"),
        new("Latin-1 file (not UTF-8)", Bytes("a.yaml", [.. Utf8(Entity + "    aliases: [caf"), 0xE9, .. Utf8("]\n")]), "FTG126", "a.yaml:6:18"),
        new("control character", Bytes("a.yaml", Utf8(Entity + "    aliases: [a\u0007b]\n")), "FTG126", "a.yaml:6:16"),
        new("unreadable file (a link to nothing)", folder => Link(folder, "gone.yaml", Path.Combine(folder, "nothing-here"), Entity), "FTG122", "gone.yaml:1:1"),
        new("folder link loop", folder => LinkedFolder(folder, "sub/loop", "."), "FTG127", "sub/loop"),
        new("alias bomb (billion laughs)", Text("a.yaml", Entity + "x:\n" + AliasBomb(levels: 9, width: 10)), "FTG129", "a.yaml:12:40"),
        new("alias inside its own anchor", Text("a.yaml", Entity + "x: &a [1, *a]\n"), "FTG129", "a.yaml:6:11"),
        new("100,000 nested lists", Text("a.yaml", Entity + "x: " + new string('[', 100_000) + new string(']', 100_000) + "\n"), "FTG128", "a.yaml:6:67"),
        new("100,000 nested flow mappings", Text("a.yaml", Entity + "x: " + string.Concat(Enumerable.Repeat("{a: ", 100_000)) + "1" + new string('}', 100_000) + "\n"), "FTG128", "a.yaml:6:256"),
        new("2,000 nested block mappings", Text("a.yaml", Entity + "x:\n" + string.Concat(Enumerable.Range(1, 2_000).Select(i => new string(' ', i) + "k:\n"))), "FTG128", "a.yaml:70:65"),
        new("100,000 YAML documents", Text("a.yaml", Entity + string.Concat(Enumerable.Repeat("---\nversion: 1\n", 100_000))), "FTG123", "a.yaml:7:1"),
        new("100,000 duplicate keys", Text("a.yaml", Entity + string.Concat(Enumerable.Repeat("version: 1\n", 100_000))), "FTG102", "a.yaml:6:1"),
        new("alias list of 1,000,000 entries", Text("a.yaml", Entity + "    aliases: [" + string.Join(", ", Enumerable.Range(0, 1_000_000).Select(i => $"w{i}")) + "]\n"), "FTG129"),
        new("16 MiB of one-letter list entries", folder => WriteTinyValues(Path.Combine(folder, "a.yaml"), RuleLimits.MaxFileBytes), "FTG129"),
        new("key of 1 MB (explicit key)", Text("a.yaml", Entity + "? " + new string('k', 1 << 20) + "\n: 1\n"), "FTG103", "a.yaml:6:3"),
        new("key of 1 MB (plain key)", Text("a.yaml", Entity + new string('k', 1 << 20) + ": 1\n"), "FTG101", "a.yaml:6:1"),
        new("tabs for indentation", Text("a.yaml", "version: 1\ntype: Method\nentities:\n\t- key: lora\n\t  name: LoRA\n"), "FTG101", "a.yaml:4:1"),
        new("entity with 100,000 identical aliases", Text("a.yaml", Entity + "    aliases:\n" + string.Concat(Enumerable.Repeat("      - low-rank adaptation\n", 100_000))), null),
        new("entity with 100,000 case variants of one alias", Text("a.yaml", Entity + "    case_sensitive: true\n    aliases:\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"      - {CaseVariant("adaptationmethods", i)}\n"))), null),
        new("regex (a|a)*b", Text("a.yaml", PatternRule("(a|a)*b")), "FTG115", "a.yaml:5:12"),
        new("regex (a|aa)+$", Text("a.yaml", PatternRule("(a|aa)+$")), "FTG115", "a.yaml:5:12"),
        new(@"regex (\w+\s?)*$", Text("a.yaml", PatternRule(@"(\w+\s?)*$")), "FTG115", "a.yaml:5:12"),
        new("regex (.*a){20}", Text("a.yaml", PatternRule("(.*a){20}")), "FTG115", "a.yaml:5:12"),
        new("regex (.*a){20} behind a look-ahead (backtracking engine)", Text("a.yaml", PatternRule("(?=x)(.*a){20}")), "FTG115", "a.yaml:5:12"),
        new("regex of 10,000 characters", Text("a.yaml", PatternRule(WordAlternation(10_000, seed: 1))), "FTG130", "a.yaml:5:12"),
        new("regex at the limit of 2,000 characters", Text("a.yaml", PatternRule(WordAlternation(RuleLimits.MaxRegexLength, seed: 1))), null),
        new("201 distinct regexes", Text("a.yaml", Entity + "findings:\n" + string.Concat(Enumerable.Range(0, RuleLimits.MaxRegexes + 1).Select(i => $"  - id: f{i}\n    cue: 'w{i}'\n"))), "FTG130", "a.yaml:408:10"),
        new("200 distinct regexes of 500 characters (at both limits)", Text("a.yaml", Entity + "findings:\n" + string.Concat(Enumerable.Range(0, RuleLimits.MaxRegexes).Select(i => $"  - id: f{i}\n    cue: '{WordAlternation(RuleLimits.MaxRegexCharacters / RuleLimits.MaxRegexes, seed: i)}'\n"))), null),
        new("200,000 unknown keys", Text("a.yaml", Entity + string.Concat(Enumerable.Range(0, 200_000).Select(i => $"k{i}: 1\n"))), "FTG103", "a.yaml:6:1"),
        new("1,001 rule files", folder => Files(folder, RuleLimits.MaxFiles + 1), "FTG125", "pack"),
        new("dictionary of 80,000 entities, 320,000 aliases", Text("a.yaml", Dictionary(80_000)), null),
    ];

    /// <summary>Anchors that each repeat the previous one <paramref name="width"/> times: width^levels values from a few lines.</summary>
    private static string AliasBomb(int levels, int width)
    {
        var bomb = new StringBuilder($"  a0: &a0 [{string.Join(",", Enumerable.Repeat("\"x\"", width))}]\n");
        for (var level = 1; level <= levels; level++)
        {
            bomb.Append(CultureInfo.InvariantCulture, $"  a{level}: &a{level} [{string.Join(",", Enumerable.Repeat($"*a{level - 1}", width))}]\n");
        }

        return bomb.ToString();
    }

    /// <summary>A pattern rule with the regex given (single-quoted YAML: written as is).</summary>
    private static string PatternRule(string regex) =>
        $"version: 1\npatterns:\n  - id: p\n    type: Model\n    regex: '{regex.Replace("'", "''", StringComparison.Ordinal)}'\n    name: '{{match}}'\n";

    /// <summary>A case-insensitive alternation of made-up words of exactly <paramref name="length"/> characters, as a long cue would be.</summary>
    private static string WordAlternation(int length, int seed)
    {
        var random = new Random(seed);
        var words = new List<string>();
        var total = @"(?i)\b(?:)\b".Length - 1;
        while (total + 2 < length)
        {
            var word = new string([.. Enumerable.Range(0, Math.Min(random.Next(4, 12), length - total - 2)).Select(_ => (char)('a' + random.Next(26)))]);
            words.Add(word);
            total += word.Length + 1;
        }

        var pattern = @"(?i)\b(?:" + string.Join('|', words) + @")\b";
        return pattern + new string('x', length - pattern.Length);
    }

    /// <summary>The <paramref name="variant"/>-th way of writing <paramref name="word"/> in upper and lower case.</summary>
    private static string CaseVariant(string word, int variant) =>
        string.Concat(word.Select((c, i) => (variant >> i & 1) == 1 ? char.ToUpperInvariant(c) : c));

    /// <summary>A legitimately large dictionary: distinct entities, each with a name and three aliases.</summary>
    private static string Dictionary(int entities)
    {
        var text = new StringBuilder("version: 1\ntype: Method\nentities:\n");
        for (var i = 0; i < entities; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"  - key: m{i}\n    name: Method {i}\n    aliases: [method number {i}, the {i} method, M{i} tuning]\n");
        }

        return text.ToString();
    }

    /// <summary>A flow list of one-letter values filling a file of <paramref name="bytes"/>: the most values a file can hold.</summary>
    private static void WriteTinyValues(string path, int bytes)
    {
        using var stream = File.Create(path);
        stream.Write(Utf8(Entity + "    aliases: [a"));
        var chunk = Utf8(string.Concat(Enumerable.Repeat(",a", 4096)));
        while (stream.Length + chunk.Length + 2 < bytes)
        {
            stream.Write(chunk);
        }

        stream.Write(Utf8("]\n"));
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static Action<string> Text(string name, string content) => folder => File.WriteAllText(Path.Combine(folder, name), content);

    private static Action<string> Bytes(string name, byte[] content) => folder => File.WriteAllBytes(Path.Combine(folder, name), content);

    /// <summary>A valid pack file, then a comment line repeated up to <paramref name="bytes"/>.</summary>
    private static void WriteLarge(string path, long bytes)
    {
        using var stream = File.Create(path);
        stream.Write(Utf8(Entity));
        var line = Utf8("# " + new string('x', 1021) + "\n");
        for (var written = stream.Length; written < bytes; written += line.Length)
        {
            stream.Write(line);
        }
    }

    /// <summary>Many small valid files, each with an entity of its own.</summary>
    private static void Files(string folder, int count)
    {
        for (var i = 0; i < count; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"f{i:D4}.yaml"), $"version: 1\ntype: Method\nentities:\n  - key: m{i}\n    name: Method {i}\n");
        }
    }

    private static void Link(string folder, string name, string target, string otherFile)
    {
        File.WriteAllText(Path.Combine(folder, "a.yaml"), otherFile);
        File.CreateSymbolicLink(Path.Combine(folder, name), target);
    }

    private static void LinkedFolder(string folder, string link, string target)
    {
        File.WriteAllText(Path.Combine(folder, "a.yaml"), Entity);
        var path = Path.Combine(folder, link);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Directory.CreateSymbolicLink(path, Path.GetFullPath(Path.Combine(folder, target)));
    }
}
