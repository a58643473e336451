using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Rules;

/// <summary>A temporary rule pack folder; files are written from text where <c>#&gt; name.yaml</c> lines start another file.</summary>
internal sealed class RulePackFolder : IDisposable
{
    private const string FileMarker = "#> ";

    public string Path { get; } = Directory.CreateTempSubdirectory("ftg-rules-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);

    /// <summary>Writes <paramref name="files"/>: text before the first marker goes to <c>a.yaml</c>.</summary>
    public RulePackFolder Write(string files)
    {
        var name = "a.yaml";
        var content = new List<string>();
        foreach (var line in files.Split('\n'))
        {
            if (line.StartsWith(FileMarker, StringComparison.Ordinal))
            {
                Flush(name, content);
                name = line[FileMarker.Length..].Trim();
                continue;
            }

            content.Add(line);
        }

        Flush(name, content);
        return this;
    }

    public RulePack Load() => RulePackLoader.Load(Path);

    public IReadOnlyList<RuleDiagnostic> Problems() => Assert.Throws<RulePackException>(Load).Diagnostics;

    /// <summary><c>file:line:column</c> relative to the folder, or <c>pack</c> for problems of the whole pack.</summary>
    public string Where(RuleDiagnostic diagnostic) =>
        diagnostic.Line == 0 ? "pack" : $"{System.IO.Path.GetRelativePath(Path, diagnostic.File).Replace('\\', '/')}:{diagnostic.Line}:{diagnostic.Column}";

    private void Flush(string name, List<string> content)
    {
        if (content.Count > 0 && content.Exists(l => l.Length > 0))
        {
            var file = System.IO.Path.Combine(Path, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            File.WriteAllText(file, string.Join('\n', content));
        }

        content.Clear();
    }
}
