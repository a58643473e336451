using System.Text.RegularExpressions;
using FineTuneGraph.LocalServer;
using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Rules;

public sealed class RulePackLoaderTests : IDisposable
{
    private const string Entity = "version: 1\ntype: Method\nentities:\n  - key: lora\n    name: LoRA\n";

    private readonly RulePackFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_DefaultPack_Loads()
    {
        var directory = Path.Combine(RepositoryLayout.FindRoot()!, "rules");

        var pack = RulePackLoader.Load(directory);

        Assert.All(EntityTypes.All, type => Assert.Contains(pack.Entities, e => e.Type == type));
        Assert.Contains(pack.Entities, e => e.Key == "lora" && e.Type == EntityTypes.Method);
        Assert.Equal(pack.Files.Order(StringComparer.Ordinal), pack.Files);
        Assert.Matches("^[0-9a-f]{32}$", pack.Hash);
    }

    [Fact]
    public void Load_EveryKindOfRule_ReadsValuesAndDefaults()
    {
        _folder.Write("""
            version: 1
            type: Method
            entities:
              - key: lora
                name: LoRA
                aliases: [Low-Rank Adaptation, LoRA adapters]
                attributes:
                  category: PEFT
              - key: math-dataset
                type: Dataset
                name: MATH
                case_sensitive: true
                exclude: ['\bMATH\s+problems\b']
            patterns:
              - id: model-size
                type: Model
                after: Model
                regex: '^[- ]?(?<size>\d+(?:\.\d+)?[BM])\b'
                name: '{base} {size}'
                attributes:
                  size: '{size}'
                priority: 10
                scope: abstract
            contexts:
              - id: we-propose
                regex: '(?i)\bwe propose (?<target>[A-Z][\w-]+)'
                target_types: [Method]
                create: Method
                require: coined_or_repeated
                proposed: true
            relations:
              - id: method-on-dataset
                type: EVALUATED_ON
                from: Method
                to: Dataset
                cue: '\bon\b'
                between: false
                order: from_first
                max_gap: 150
                anaphora: '\bour method\b'
              - id: paper-uses-dataset
                type: USES_DATASET
                from: Paper
                to: Dataset
            findings:
              - id: claim
                cue: '\bimprov\w*'
                up: '\bimprov\w*'
            acronyms:
              heads:
                Method: [tuning, training]
            """);

        var pack = _folder.Load();

        Assert.Equal(["a.yaml"], pack.Files);
        var lora = pack.Entities[0];
        Assert.Equal(("lora", EntityTypes.Method, "LoRA", CaseMode.Auto), (lora.Key, lora.Type, lora.Name, lora.Case));
        Assert.Equal(["Low-Rank Adaptation", "LoRA adapters"], lora.Aliases);
        Assert.Equal("PEFT", lora.Attributes["category"]);
        Assert.Equal(new RuleSource(Path.Join(_folder.Path, "a.yaml"), 4, 5), lora.Source);
        var math = pack.Entities[1];
        Assert.Equal((EntityTypes.Dataset, CaseMode.Sensitive), (math.Type, math.Case));
        Assert.Matches(Assert.Single(math.Exclude), "solve MATH problems");

        var pattern = Assert.Single(pack.Patterns);
        Assert.Equal((EntityTypes.Model, EntityTypes.Model, "{base} {size}", 10, RuleScope.Abstract), (pattern.Type, pattern.After, pattern.NameTemplate, pattern.Priority, pattern.Scope));
        Assert.Equal("{size}", pattern.Attributes["size"]);

        var context = Assert.Single(pack.Contexts);
        Assert.Equal((RuleScope.Text, EntityTypes.Method, CreateCondition.CoinedOrRepeated, true), (context.Scope, context.Create, context.Require, context.SetProposed));
        Assert.Equal("LiNeS", context.Regex.Match("We Propose LiNeS, a method").Groups["target"].Value);

        Assert.Equal(2, pack.Relations.Count);
        var relation = pack.Relations[0];
        Assert.Equal(("EVALUATED_ON", false, RelationOrder.FromFirst, 150), (relation.Type, relation.CueBetween, relation.Order, relation.MaxGap));
        Assert.NotNull(relation.Anaphora);
        var paper = pack.Relations[1];
        Assert.Equal((EntityTypes.Paper, true, RelationOrder.Any, 200), (paper.From, paper.CueBetween, paper.Order, paper.MaxGap));
        Assert.Null(paper.Cue);

        var finding = Assert.Single(pack.Findings);
        Assert.NotNull(finding.Up);
        Assert.Null(finding.Down);

        Assert.True(pack.Acronyms.Enabled);
        Assert.Equal(["tuning", "training"], pack.Acronyms.Heads[EntityTypes.Method]);
    }

    [Fact]
    public void Load_NoAcronymsSection_DisablesAcronyms()
    {
        var pack = _folder.Write(Entity).Load();

        Assert.False(pack.Acronyms.Enabled);
        Assert.Empty(pack.Patterns);
    }

    [Fact]
    public void Load_Subfolders_ListsFilesRelativeInOrdinalOrder()
    {
        _folder.Write(Entity + "#> sub/b.yml\nversion: 1\n#> B.yaml\nversion: 1\n#> notes.txt\nnot: yaml: at all\n");

        var pack = _folder.Load();

        Assert.Equal(["B.yaml", "a.yaml", "sub/b.yml"], pack.Files);
    }

    [Fact]
    public void Load_Hash_IsStableAndFollowsTheContent()
    {
        _folder.Write(Entity);
        var first = _folder.Load().Hash;
        var again = _folder.Load().Hash;

        _folder.Write(Entity + "    aliases: [low-rank adaptation]\n");
        var changed = _folder.Load().Hash;

        Assert.Equal(first, again);
        Assert.NotEqual(first, changed);
    }

    [Fact]
    public void Load_RelationTypeInjection_IsRefusedNamingTheTypeAndPosition()
    {
        _folder.Write(Entity + "relations:\n  - id: evil\n    type: \"Method`) DETACH DELETE n //\"\n    from: Method\n    to: Dataset\n    cue: on\n");

        var diagnostic = Assert.Single(_folder.Problems());

        Assert.Equal(
            $"{Path.Join(_folder.Path, "a.yaml")}:8:11: relationship type 'Method`) DETACH DELETE n //' is not allowed: it must match ^[A-Z][A-Za-z0-9_]*$ (a capital letter, then letters, digits or '_')",
            diagnostic.ToString());
    }

    [Fact]
    public void Load_AliasClaimedTwice_NamesTheFirstEntityAndWhereItIs()
    {
        _folder.Write(Entity + "#> b.yaml\nversion: 1\ntype: Method\nentities:\n  - key: low-rank\n    name: low rank adaptation\n    aliases: [LoRA]\n");

        var diagnostic = Assert.Single(_folder.Problems());

        Assert.Equal("FTG113", diagnostic.Code);
        Assert.Equal($"alias 'LoRA' of entity 'low-rank' is already claimed by entity 'lora' at {Path.Join(_folder.Path, "a.yaml")}:5:11; an alias may belong to one entity only", diagnostic.Message);
    }

    [Theory]
    [InlineData("MATH", "Math", "case_sensitive: true")]
    [InlineData("GPT-4", "GPT-4o", "")]
    [InlineData("fine-tuning", "finetuning", "")]
    public void Load_AliasesMatchingDifferentText_DoNotCollide(string first, string second, string secondCase)
    {
        _folder.Write($"version: 1\ntype: Model\nentities:\n  - key: first\n    name: {first}\n  - key: second\n    name: {second}\n    {secondCase}\n");

        var pack = _folder.Load();

        Assert.Equal(2, pack.Entities.Count);
    }

    [Fact]
    public void Load_SameAliasTwiceInOneEntity_IsFine()
    {
        var pack = _folder.Write(Entity + "    aliases: [lora, LoRA]\n").Load();

        Assert.Equal(["lora", "LoRA"], Assert.Single(pack.Entities).Aliases);
    }

    [Fact]
    public void Load_ManyProblems_ReportsAllInPositionOrderUpToTheCap()
    {
        var entries = string.Concat(Enumerable.Range(0, 250).Select(i => $"  - key: Bad{i}\n    name: n{i}\n"));
        _folder.Write($"version: 1\ntype: Task\nentities:\n{entries}#> 0.yaml\nversion: 3\n");

        var ex = Assert.Throws<RulePackException>(_folder.Load);

        Assert.Equal(251, ex.ProblemCount);
        Assert.Equal(RulePackException.MaxDiagnostics, ex.Diagnostics.Count);
        Assert.Equal("0.yaml:1:10", _folder.Where(ex.Diagnostics[0]));
        Assert.Equal(["a.yaml:4:10", "a.yaml:6:10"], ex.Diagnostics.Skip(1).Take(2).Select(_folder.Where));
    }

    [Fact]
    public void Load_EveryDuplicateKeyOfAFile_IsReportedAndTheRestStillChecked()
    {
        _folder.Write(Entity + "    name: again\n    aliases: [a]\n    aliases: [b]\n  - key: x\n    name: y\n    type: Nope\n");

        var diagnostics = _folder.Problems();

        Assert.Equal(["FTG102 a.yaml:6:5", "FTG102 a.yaml:8:5", "FTG107 a.yaml:11:11"], diagnostics.Select(d => $"{d.Code} {_folder.Where(d)}"));
    }

    [Fact]
    public void Load_MissingFolder_IsAPackProblem()
    {
        var missing = Path.Combine(_folder.Path, "nope");

        var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Load(missing));

        Assert.Equal($"{missing}: rule pack folder not found", Assert.Single(ex.Diagnostics).ToString());
    }

    [Fact]
    public void Load_RegexWithLookaround_RunsOnTheBacktrackingEngineWithATimeout()
    {
        var pack = _folder.Write(Entity + "    exclude: ['LoRA(?= adapters)']\n").Load();

        var exclude = Assert.Single(Assert.Single(pack.Entities).Exclude);
        Assert.False(exclude.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Equal(RegexSafety.BacktrackingTimeout, exclude.MatchTimeout);
    }

    [Fact]
    public void Load_UnknownKey_SuggestsTheClosestKnownOne()
    {
        _folder.Write(Entity + "    alias: [x]\n");

        var diagnostic = Assert.Single(_folder.Problems());

        Assert.StartsWith("unknown key 'alias' in entity 'lora' (did you mean 'aliases'?)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspeltRelationshipType_SuggestsTheGraphModelsOne()
    {
        _folder.Write(Entity + "relations:\n  - id: r\n    type: EVALUATED_0N\n    from: Method\n    to: Dataset\n    cue: 'on'\n");

        var diagnostic = Assert.Single(_folder.Problems());

        Assert.StartsWith("unknown relationship type 'EVALUATED_0N' (did you mean 'EVALUATED_ON'?); a relation rule states one of the graph model's relationships: APPLIED_TO (Method to Model), ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("ADDRESSES (Paper to Task)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RelationWithNotFromAndYieldsTo_ReadsBoth()
    {
        _folder.Write(Entity + "relations:\n  - id: trained\n    type: TRAINED_ON\n    from: Method\n    to: Dataset\n    cue: 'trained on'\n"
            + "  - id: on\n    type: EVALUATED_ON\n    from: Method\n    to: Dataset\n    cue: 'on'\n    not_from: '^offline RL$'\n    yields_to: [TRAINED_ON]\n");

        var pack = _folder.Load();

        var trained = Assert.Single(pack.Relations, r => r.Id == "trained");
        Assert.Equal(("TRAINED_ON", null, null), (trained.Type, trained.NotFrom, trained.YieldsTo));
        var on = Assert.Single(pack.Relations, r => r.Id == "on");
        Assert.Matches(on.NotFrom!, "offline RL");
        Assert.Equal(["TRAINED_ON"], on.YieldsTo!);
    }

    [Fact]
    public void Load_FindingWithDataAfter_ReadsIt()
    {
        _folder.Write(Entity + "findings:\n  - id: claim\n    cue: 'improv'\n    data_after: '^\\s(?:data|preferences)\\b'\n");

        var rule = Assert.Single(_folder.Load().Findings);

        Assert.Matches(rule.DataAfter!, " preferences with APO");
    }

    [Fact]
    public void Load_RelationWithStudiedBlockedByAndTargetAnaphora_ReadsThem()
    {
        _folder.Write(Entity + "relations:\n  - id: on\n    type: EVALUATED_ON\n    from: Method\n    to: Dataset\n    cue: 'on'\n    studied: '\\bwe compare\\b'\n    blocked_by: 'surpass'\n    target_anaphora: 'this benchmark'\n    background: '^When[^,]*,'\n");

        var rule = Assert.Single(_folder.Load().Relations);

        Assert.Matches(rule.Studied!, "Here we compare LoRA and SFT.");
        Assert.Matches(rule.BlockedBy!, "surpassing");
        Assert.Matches(rule.TargetAnaphora!, "on this benchmark");
        Assert.Matches(rule.Background!, "When tuned, it works");
    }

    [Fact]
    public void Load_StudiedThatIsNoRegex_IsRefusedWhereItIs()
    {
        _folder.Write(Entity + "relations:\n  - id: on\n    type: EVALUATED_ON\n    from: Method\n    to: Dataset\n    cue: 'on'\n    studied: '(we compare'\n");

        var diagnostic = Assert.Single(_folder.Problems());

        var studiedLine = (Entity + "relations:\n  - id: on\n    type: EVALUATED_ON\n    from: Method\n    to: Dataset\n    cue: 'on'\n").Count(c => c == '\n') + 1;
        Assert.Equal((studiedLine, "    studied: ".Length + 1), (diagnostic.Line, diagnostic.Column));
        Assert.StartsWith("regex does not", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_YieldsToAnUnknownType_SuggestsTheGraphModelsOne()
    {
        _folder.Write(Entity + "relations:\n  - id: r\n    type: EVALUATED_ON\n    from: Method\n    to: Dataset\n    cue: 'on'\n    yields_to: [TRAINED_0N]\n");

        var diagnostic = Assert.Single(_folder.Problems());

        Assert.StartsWith("unknown relationship type 'TRAINED_0N' (did you mean 'TRAINED_ON'?)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ContextWithOverrides_ReadsThem()
    {
        _folder.Write(Entity + "contexts:\n  - id: c\n    regex: '(?<target>X)'\n    target_types: [Dataset]\n    create: Dataset\n    overrides: [Method, Model]\n    overrides_local_only: true\n");

        var rule = Assert.Single(_folder.Load().Contexts);

        Assert.Equal([EntityTypes.Method, EntityTypes.Model], rule.Overrides);
        Assert.True(rule.OverridesLocalOnly);
    }

    [Fact]
    public void Load_OverridesWithoutCreate_IsAnError()
    {
        _folder.Write(Entity + "contexts:\n  - id: c\n    regex: '(?<target>X)'\n    target_types: [Dataset]\n    overrides: [Method]\n");

        var diagnostic = Assert.Single(_folder.Problems());

        Assert.Equal("context rule 'c' has 'overrides' but no 'create': the type that overrides them", diagnostic.Message);
    }

    [Fact]
    public void Load_MisspeltChoice_SuggestsTheClosestOne()
    {
        _folder.Write(Entity + "patterns:\n  - id: p\n    type: Model\n    regex: 'x'\n    name: '{match}'\n    scope: abstarct\n");

        var diagnostic = Assert.Single(_folder.Problems());

        Assert.Equal("'scope' must be text, title or abstract, not 'abstarct' (did you mean 'abstract'?)", diagnostic.Message);
    }

    [Fact]
    public void Load_Problem_CarriesTheLineItPointsAt()
    {
        _folder.Write(Entity + "    colour: red\r\n");

        var diagnostic = Assert.Single(_folder.Problems());

        Assert.Equal(new RuleSourceLine("    colour: red", 5), diagnostic.SourceLine);
    }

    [Fact]
    public void Load_UnknownKeyOf1MB_IsShownCutWithItsLength()
    {
        _folder.Write(Entity + "    ? " + new string('k', 1 << 20) + "\n    : x\n");

        var diagnostic = Assert.Single(_folder.Problems());

        Assert.StartsWith($"unknown key '{new string('k', 60)}… (1,048,576 characters)' in entity 'lora'; expected one of:", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(diagnostic.SourceLine!.Text.Length <= RuleSourceLine.MaxLength + 2);
    }

    [Fact]
    public void Load_UnknownKeyWithInvisibleCharacters_ShowsThem()
    {
        _folder.Write(Entity + "    \uFEFFname\u202E: x\n");

        var diagnostic = Assert.Single(_folder.Problems());

        Assert.StartsWith("unknown key '\\uFEFFname\\u202E' in entity 'lora' (did you mean 'name'?)", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AliasListedTwice_IsKeptOnce()
    {
        var pack = _folder.Write(Entity + "    aliases: [LoRA adapters, Low-Rank Adaptation, LoRA adapters]\n").Load();

        Assert.Equal(["LoRA adapters", "Low-Rank Adaptation"], Assert.Single(pack.Entities).Aliases);
    }

    [Fact]
    public void RuleDiagnostic_ToString_IsFileLineColumnMessage()
    {
        Assert.Equal("rules/methods.yaml:3:5: boom", new RuleDiagnostic("rules/methods.yaml", 3, 5, "FTG101", "boom").ToString());
        Assert.Equal("rules: boom", new RuleDiagnostic("rules", 0, 0, "FTG119", "boom").ToString());
    }
}
