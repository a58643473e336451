using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FineTuneGraph.Rules;

/// <summary>
/// Loads and validates a rule pack (docs/rules.md): every <c>*.yaml</c> and <c>*.yml</c> file of a folder, recursively,
/// in ordinal path order. Either every rule is valid and a <see cref="RulePack"/> comes back, or a
/// <see cref="RulePackException"/> lists every problem found, each at the file, line and column of the offending key
/// or value.
/// </summary>
public sealed partial class RulePackLoader
{
    private static readonly string[] TopLevelKeys = ["version", "type", "entities", "generic", "patterns", "contexts", "relations", "findings", "acronyms"];

    /// <summary>The owner named in alias conflicts with a generic term.</summary>
    private const string GenericOwner = "(generic terms)";

    private readonly string _directory;
    private readonly RuleDiagnosticList _diagnostics = new();
    private readonly List<EntityRule> _entities = [];
    private readonly List<PatternRule> _patterns = [];
    private readonly List<ContextRule> _contexts = [];
    private readonly List<RelationRule> _relations = [];
    private readonly List<FindingRule> _findings = [];
    private readonly List<GenericTerm> _generic = [];
    private readonly Dictionary<string, RuleSource> _entityKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RuleSource> _ruleIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AliasClaimGroup> _aliases = new(StringComparer.Ordinal);
    private readonly RegexCache _regexes = new();
    private readonly NodeBudget _nodes = new();
    private AcronymSettings _acronyms = AcronymSettings.Disabled;
    private RuleSource? _acronymsSource;
    private int _entityEntries;
    private int _claimCount;
    private long _packBytes;
    private bool _unparsedFiles;

    private RulePackLoader(string directory) => _directory = directory;

    /// <summary>Loads the pack in <paramref name="directory"/>.</summary>
    /// <param name="directory">The pack folder; diagnostics name files as this path joined with the file's path in it.</param>
    /// <exception cref="RulePackException">The pack has problems; all of them are in <see cref="RulePackException.Diagnostics"/>.</exception>
    public static RulePack Load(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return new RulePackLoader(directory).Run();
    }

    private RulePack Run()
    {
        if (!Directory.Exists(_directory))
        {
            throw Fail(RuleMessages.FolderNotFound());
        }

        var listing = RulePackFiles.Walk(_directory);
        var listingProblems = listing.Problems
            .Select(p => new RuleDiagnostic(p.Path == "." ? _directory : Path.Join(_directory, p.Path), 0, 0, p.Message.Code, p.Message.Text))
            .ToList();
        listingProblems.ForEach(_diagnostics.Add);
        _unparsedFiles = listingProblems.Count > 0;
        var files = listing.Files;
        if (files.Count == 0)
        {
            throw listingProblems.Count > 0 ? new RulePackException(_directory, listingProblems) : Fail(RuleMessages.NoRuleFiles());
        }

        var hash = new RulePackFiles.Hasher();
        var parsed = new List<(RuleFile File, YamlMappingNode Root)>(files.Count);
        foreach (var relative in files)
        {
            var file = new RuleFile(Path.Join(_directory, relative), _diagnostics, _regexes);
            if (ReadText(file, relative, hash) is { } text && Parse(file, text) is { } root)
            {
                parsed.Add((file, root));
            }
        }

        _regexes.Prepare(parsed.Select(p => p.Root));
        foreach (var (file, root) in parsed)
        {
            Read(file, root);
        }

        if (_entityEntries == 0 && !_unparsedFiles)
        {
            _diagnostics.Add(PackDiagnostic(RuleMessages.NoEntityRules()));
        }

        if (_diagnostics.Count > 0)
        {
            var order = files.Select((f, i) => (Path.Join(_directory, f), i)).ToDictionary(f => f.Item1, f => f.i, StringComparer.Ordinal);
            throw new RulePackException(_directory, _diagnostics.Kept
                .OrderBy(d => order.GetValueOrDefault(d.File, -1))
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column)
                .ToArray(), _diagnostics.Count);
        }

        return new RulePack(
            _directory,
            files,
            hash.Finish(),
            _entities,
            _patterns,
            _contexts,
            _relations,
            _findings,
            _acronyms)
        {
            Generic = _generic,
        };
    }

    /// <summary>Trigger words: letters, digits and '-', optionally ending in '*' (a prefix of at least three characters).</summary>
    private const string TriggersKey = "triggers";
    private const string TriggersAlsoKey = "triggers_also";

    /// <summary>A second trigger list narrows the first, so it needs one.</summary>
    private static string[] ReadTriggersAlso(RuleFile file, RuleFields fields)
    {
        if (fields.Has(TriggersAlsoKey) && !fields.Has(TriggersKey))
        {
            file.Report(fields.KeyNode(TriggersAlsoKey)!, RuleMessages.WrongKind("'triggers_also'", "set together with 'triggers' (it narrows them)", "set alone"));
            return [];
        }

        return ReadTriggers(file, fields, TriggersAlsoKey);
    }

    private static string[] ReadTriggers(RuleFile file, RuleFields fields, string key)
    {
        var triggers = new List<string>();
        foreach (var node in fields.TextList(key))
        {
            var word = node.Value!;
            var stem = word.EndsWith('*') ? word[..^1] : word;
            if (stem.Length == 0 || !stem.All(c => char.IsLetterOrDigit(c) || c == '-') || (word.EndsWith('*') && stem.Length < 3))
            {
                file.Report(node, RuleMessages.WrongKind("a trigger", "a word, or a prefix of at least three characters followed by '*'", YamlValues.Describe(node)));
                continue;
            }

            triggers.Add(word.ToLowerInvariant());
        }

        return [.. triggers];
    }

    private void ReadGeneric(RuleFile file, RuleFields fields)
    {
        foreach (var node in fields.TextList("generic"))
        {
            ClaimAlias(file, GenericOwner, node, CaseMode.Auto);
            _generic.Add(new GenericTerm(node.Value!, file.Source(node)));
        }
    }

    /// <summary>
    /// The text of a rule file, read within the limits of a file and of the pack (<see cref="RuleLimits"/>) and
    /// decoded (<see cref="RuleText"/>); null when it cannot be, which is reported. Its bytes go into the pack's hash.
    /// </summary>
    private string? ReadText(RuleFile file, string relative, RulePackFiles.Hasher hash)
    {
        if (_packBytes > RuleLimits.MaxPackBytes || _nodes.Exhausted)
        {
            return null;
        }

        var limit = (int)Math.Min(RuleLimits.MaxFileBytes, RuleLimits.MaxPackBytes - _packBytes);
        byte[]? content;
        long length;
        try
        {
            content = RulePackFiles.ReadAtMost(Path.Combine(_directory, relative), limit, out length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var link = ex is FileNotFoundException ? new FileInfo(Path.Combine(_directory, relative)).LinkTarget : null;
            file.Report(Mark.Empty, RuleMessages.UnreadableFile(link is null ? ex.Message : $"it is a link to {link}, which does not exist"));
            _unparsedFiles = true;
            return null;
        }

        if (content is null)
        {
            var fileTooLarge = length > RuleLimits.MaxFileBytes || limit == RuleLimits.MaxFileBytes;
            file.Report(Mark.Empty, fileTooLarge ? RuleMessages.FileTooLarge(length) : RuleMessages.PackTooLarge());
            _packBytes += fileTooLarge ? 0 : length;
            _unparsedFiles = true;
            return null;
        }

        _packBytes += content.Length;
        hash.Add(relative, content);
        if (!RuleText.TryDecode(content, out var text, out var refusal, out var at))
        {
            file.Report(at, refusal);
            _unparsedFiles = true;
            return null;
        }

        file.Text = text;
        return text;
    }

    /// <summary>The file's one document, when it parses and is a mapping; every other case is reported.</summary>
    private YamlMappingNode? Parse(RuleFile file, string text)
    {
        var stream = new YamlStream();
        try
        {
            using var reader = new StringReader(text);
            var parser = new LimitedParser(new Parser(reader), _nodes, second => file.Report(second, RuleMessages.SeveralDocuments()));
            stream.Load(new DuplicateKeyFilter(parser, (first, second) =>
                file.Report(second.Start, RuleMessages.DuplicateMappingKey(second.Value, first.Start.Line, first.Start.Column))));
        }
        catch (RuleLimitException ex)
        {
            file.Report(ex.Start, ex.Refusal);
            _unparsedFiles = true;
            return null;
        }
        catch (YamlException ex)
        {
            var (at, message) = YamlSyntaxErrors.Describe(text, ex);
            file.Report(at, message);
            _unparsedFiles = true;
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            file.Report(Mark.Empty, RuleMessages.MissingVersion());
            return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
        {
            file.Report(root, RuleMessages.RootNotMapping(YamlValues.Describe(root)));
            return null;
        }

        return mapping;
    }

    private void Read(RuleFile file, YamlMappingNode root)
    {
        var fields = new RuleFields(file, root, "rule file", null, TopLevelKeys);
        ReadVersion(file, fields);
        var fileType = ReadFileType(fields);
        ReadEach(file, fields, "entities", entry => ReadEntity(file, entry, fileType));
        ReadGeneric(file, fields);
        ReadEach(file, fields, "patterns", entry => ReadPattern(file, entry));
        ReadEach(file, fields, "contexts", entry => ReadContext(file, entry));
        ReadEach(file, fields, "relations", entry => ReadRelation(file, entry));
        ReadEach(file, fields, "findings", entry => ReadFinding(file, entry));
        ReadAcronyms(file, fields);
    }

    private static void ReadVersion(RuleFile file, RuleFields fields)
    {
        if (fields.ValueNode("version") is not { } value || YamlValues.IsNull(value))
        {
            file.Report(fields.KeyNode("version")?.Start ?? fields.Node.Start, RuleMessages.MissingVersion());
        }
        else if (value is not YamlScalarNode scalar || !YamlValues.TryInt(scalar, out var version) || version != 1)
        {
            file.Report(value, RuleMessages.BadVersion(YamlValues.Describe(value).Trim('\'')));
        }
    }

    private static void ReadEach(RuleFile file, RuleFields fields, string key, Action<YamlMappingNode> read)
    {
        foreach (var entry in fields.Sequence(key)?.Children ?? [])
        {
            if (entry is YamlMappingNode mapping)
            {
                read(mapping);
            }
            else
            {
                file.Report(entry, RuleMessages.WrongKind($"an entry of '{key}'", "a mapping", YamlValues.Describe(entry)));
            }
        }
    }

    /// <summary>Registers a rule id, reporting an ill-formed or repeated one; returns it when it is usable.</summary>
    private string? RegisterRuleId(RuleFile file, RuleFields fields)
    {
        if (fields.TextNode("id", required: true) is not { Value: { } id } node)
        {
            return null;
        }

        if (!IsIdentifier(id))
        {
            file.Report(node, RuleMessages.BadRuleId(id));
            return null;
        }

        if (_ruleIds.TryGetValue(id, out var first))
        {
            file.Report(node, RuleMessages.DuplicateRuleId(id, first));
            return null;
        }

        _ruleIds.Add(id, file.Source(node));
        return id;
    }

    private RuleDiagnostic PackDiagnostic(RuleMessage message) => new(_directory, 0, 0, message.Code, message.Text);

    private RulePackException Fail(RuleMessage message) => new(_directory, [PackDiagnostic(message)]);

    /// <summary>Keys and rule ids: <c>^[a-z0-9][a-z0-9._-]*$</c>.</summary>
    private static bool IsIdentifier(string value) =>
        value.Length > 0 && (char.IsAsciiLetterLower(value[0]) || char.IsAsciiDigit(value[0]))
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-');
}
