using System.Text;

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
    ];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

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
