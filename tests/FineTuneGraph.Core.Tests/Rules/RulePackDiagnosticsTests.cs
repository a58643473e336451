namespace FineTuneGraph.Core.Tests.Rules;

/// <summary>Every kind of rule pack problem, each from a tiny pack: the one diagnostic it gives, with its code and position.</summary>
public sealed class RulePackDiagnosticsTests : IDisposable
{
    private const string Entity = "version: 1\ntype: Method\nentities:\n  - key: lora\n    name: LoRA\n";
    private const string Relation = Entity + "relations:\n  - id: method-on-dataset\n";
    private const string Pattern = "version: 1\npatterns:\n  - id: model-size\n    type: Model\n";

    private readonly RulePackFolder _folder = new();

    public static TheoryData<string, string, string, string> Cases { get; } = new()
    {
        { "YAML syntax error", "version: 1\ntype: Method\nentities:\n  - key: lora\n    name: 'LoRA\n", "FTG101", "a.yaml:5:11" },
        { "key twice in an entity", Entity + "    name: Low-Rank Adaptation\n", "FTG102", "a.yaml:6:5" },
        { "key twice at the top", "version: 1\nversion: 1\ntype: Method\nentities:\n  - key: lora\n    name: LoRA\n", "FTG102", "a.yaml:2:1" },
        { "unknown top-level key", "version: 1\nauthor: me\ntype: Method\nentities:\n  - key: lora\n    name: LoRA\n", "FTG103", "a.yaml:2:1" },
        { "unknown entity key", Entity + "    alias: LoRA adapters\n", "FTG103", "a.yaml:6:5" },
        { "missing name", "version: 1\ntype: Method\nentities:\n  - key: lora\n    aliases: [LoRA adapters]\n", "FTG104", "a.yaml:4:5" },
        { "missing key", "version: 1\ntype: Method\nentities:\n  - name: LoRA\n", "FTG104", "a.yaml:4:5" },
        { "missing type", "version: 1\nentities:\n  - key: lora\n    name: LoRA\n", "FTG104", "a.yaml:3:5" },
        { "relation without cue", Relation + "    type: EVALUATED_ON\n    from: Method\n    to: Dataset\n", "FTG104", "a.yaml:7:5" },
        { "aliases not a list", Entity + "    aliases: LoRA adapters\n", "FTG105", "a.yaml:6:14" },
        { "version 2", "version: 2\ntype: Method\nentities:\n  - key: lora\n    name: LoRA\n", "FTG106", "a.yaml:1:10" },
        { "version missing", "type: Method\nentities:\n  - key: lora\n    name: LoRA\n", "FTG106", "a.yaml:1:1" },
        { "unknown entity type", "version: 1\ntype: Methods\nentities:\n  - key: lora\n    name: LoRA\n", "FTG107", "a.yaml:2:7" },
        { "Paper as an entity type", Entity + "    type: Paper\n", "FTG107", "a.yaml:6:11" },
        { "relation from an unknown type", Relation + "    type: EVALUATED_ON\n    from: Metod\n    to: Dataset\n    cue: 'on'\n", "FTG107", "a.yaml:9:11" },
        { "relation to Paper", Relation + "    type: EVALUATED_ON\n    from: Method\n    to: Paper\n    cue: 'on'\n", "FTG107", "a.yaml:10:9" },
        { "pattern after an unknown type", Pattern + "    after: Modle\n    regex: '^-(?<size>\\d+B)'\n    name: '{base} {size}'\n", "FTG107", "a.yaml:5:12" },
        { "acronym heads of an unknown type", Entity + "acronyms:\n  heads:\n    Methods: [tuning]\n", "FTG107", "a.yaml:8:5" },
        { "relationship type injection", Relation + "    type: Method`) DETACH DELETE n //\n    from: Method\n    to: Dataset\n    cue: 'on'\n", "FTG108", "a.yaml:8:11" },
        { "relationship type in lower case", Relation + "    type: evaluated_on\n    from: Method\n    to: Dataset\n    cue: 'on'\n", "FTG108", "a.yaml:8:11" },
        { "bad key format", "version: 1\ntype: Method\nentities:\n  - key: LoRA\n    name: LoRA\n", "FTG109", "a.yaml:4:10" },
        { "bad rule id", "version: 1\npatterns:\n  - id: Model_Size\n    type: Model\n    regex: '(?<size>\\d+B)'\n    name: '{size}'\n", "FTG110", "a.yaml:3:9" },
        { "key defined in two files", Entity + "#> b.yaml\nversion: 1\ntype: Model\nentities:\n  - key: lora\n    name: LoRA model\n", "FTG111", "b.yaml:4:10" },
        { "trigger that is not a word", Entity + "findings:\n  - id: claim\n    cue: improv\n    triggers: [im*]\n", "FTG105", "a.yaml:9:16" },
        { "second trigger list without the first", Entity + "findings:\n  - id: claim\n    cue: improv\n    triggers_also: [improves]\n", "FTG105", "a.yaml:9:5" },
        { "second trigger list with a short prefix", Entity + "findings:\n  - id: claim\n    cue: improv\n    triggers: [improv*]\n    triggers_also: [im*]\n", "FTG105", "a.yaml:10:21" },
        { "generic term that is also an alias", Entity + "generic:\n  - LoRA\n", "FTG113", "a.yaml:7:5" },
        { "rule id defined twice", Entity + "findings:\n  - id: claim\n    cue: improv\n  - id: claim\n    cue: outperform\n", "FTG112", "a.yaml:9:9" },
        { "alias claimed twice, hyphen and space", "version: 1\ntype: Method\nentities:\n  - key: sft\n    name: supervised fine-tuning\n    aliases: [fine-tuning]\n  - key: ft\n    name: Fine Tuning\n", "FTG113", "a.yaml:8:11" },
        { "alias claimed twice, case-sensitive and not", "version: 1\ntype: Dataset\nentities:\n  - key: math-dataset\n    name: MATH\n  - key: math-word\n    name: math\n", "FTG113", "a.yaml:7:11" },
        { "alias in any case after spellings of two entities", "version: 1\ntype: Dataset\nentities:\n  - key: a\n    name: MATH\n    aliases: [MATH, MATH]\n  - key: b\n    name: MaTH\n    case_sensitive: true\n  - key: c\n    name: math\n", "FTG113", "a.yaml:11:11" },
        { "regex that does not compile", Pattern + "    regex: '(?<size>\\d+B\\b'\n    name: '{size}'\n", "FTG114", "a.yaml:5:12" },
        { "catastrophic pattern regex", Pattern + "    regex: '(a+)+b'\n    name: '{match}'\n", "FTG115", "a.yaml:5:12" },
        { "catastrophic exclude regex", Entity + "    exclude: ['(\\w*)*x']\n", "FTG115", "a.yaml:6:15" },
        { "regex repeating overlapping alternatives", Pattern + "    regex: '(a|aa)+$'\n    name: '{match}'\n", "FTG115", "a.yaml:5:12" },
        { "regex repeating a part that matches what follows it", Pattern + "    regex: '(.*a){20}'\n    name: '{match}'\n", "FTG115", "a.yaml:5:12" },
        { "regex over 2,000 characters", Pattern + "    regex: '" + new string('a', 2_001) + "'\n    name: '{match}'\n", "FTG130", "a.yaml:5:12" },
        { "context without target group", Entity + "contexts:\n  - id: we-propose\n    regex: 'we propose (?<name>\\w+)'\n", "FTG116", "a.yaml:8:12" },
        { "template naming a missing group", Pattern + "    after: Model\n    regex: '^[- ]?(?<sz>\\d+B)\\b'\n    name: '{base} {size}'\n", "FTG117", "a.yaml:7:11" },
        { "template with {base} but no after", Pattern + "    regex: '(?<size>\\d+B)'\n    name: '{base} {size}'\n", "FTG117", "a.yaml:6:11" },
        { "case_sensitive: maybe", Entity + "    case_sensitive: maybe\n", "FTG118", "a.yaml:6:21" },
        { "unknown scope", Pattern + "    regex: '(?<size>\\d+B)'\n    name: '{size}'\n    scope: body\n", "FTG118", "a.yaml:7:12" },
        { "max_gap of 0", Relation + "    type: EVALUATED_ON\n    from: Method\n    to: Dataset\n    cue: 'on'\n    max_gap: 0\n", "FTG118", "a.yaml:12:14" },
        { "empty pack", "version: 1\n", "FTG119", "pack" },
        { "acronyms in two files", Entity + "acronyms:\n  enabled: true\n#> b.yaml\nversion: 1\nacronyms:\n  enabled: false\n", "FTG120", "b.yaml:2:1" },
        { "empty alias", Entity + "    aliases: ['']\n", "FTG121", "a.yaml:6:15" },
        { "two YAML documents", Entity + "---\nversion: 1\n", "FTG123", "a.yaml:7:1" },
        { "relationship type misspelt", Relation + "    type: EVALUATED_0N\n    from: Method\n    to: Dataset\n    cue: 'on'\n", "FTG124", "a.yaml:8:11" },
        { "relationship type outside the graph model", Relation + "    type: TESTED_ON\n    from: Method\n    to: Dataset\n    cue: 'on'\n", "FTG124", "a.yaml:8:11" },
        { "relationship between other labels", Relation + "    type: EVALUATED_ON\n    from: Model\n    to: Dataset\n    cue: 'on'\n", "FTG124", "a.yaml:9:11" },
        { "paper edge to another type", Relation + "    type: ADDRESSES\n    from: Paper\n    to: Dataset\n", "FTG124", "a.yaml:10:9" },
        { "tab in the indentation", "version: 1\ntype: Method\nentities:\n\t- key: lora\n\t  name: LoRA\n", "FTG101", "a.yaml:4:1" },
        { "tab in a nested indentation", Entity + "\t  aliases: [x]\n", "FTG101", "a.yaml:6:1" },
        { "control character", Entity + "    aliases: [a\u0007b]\n", "FTG126", "a.yaml:6:16" },
        { "lists nested 65 deep", Entity + "x: " + new string('[', 65) + new string(']', 65) + "\n", "FTG128", "a.yaml:6:67" },
        { "alias bomb", Entity + "x:\n" + string.Concat(Enumerable.Range(0, 7).Select(i => $"  a{i}: &a{i} [{string.Join(",", Enumerable.Repeat(i == 0 ? "x" : $"*a{i - 1}", 10))}]\n")), "FTG129", "a.yaml:12:40" },
        { "alias inside its own anchor", Entity + "x: &a [1, *a]\n", "FTG129", "a.yaml:6:11" },
    };

    public void Dispose() => _folder.Dispose();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Load_BrokenPack_ReportsOneDiagnosticWithCodeAndPosition(string problem, string files, string code, string where)
    {
        _folder.Write(files);

        var diagnostics = _folder.Problems();

        Assert.True(diagnostics.Count == 1 && diagnostics[0].Code == code && _folder.Where(diagnostics[0]) == where,
            $"{problem}: expected {code} at {where}, got:\n{string.Join('\n', diagnostics.Select(d => $"{d.Code} {_folder.Where(d)} {d.Message}"))}");
    }
}
