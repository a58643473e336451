using System.Globalization;
using System.Text;

namespace FineTuneGraph.Rules;

/// <summary>
/// Every diagnostic of the rule pack loader: one stable code per kind of problem, so that scripts and tests can
/// rely on the code while the wording improves.
/// </summary>
internal static class RuleMessages
{
    /// <summary>How much of a value a message shows (<see cref="Shown"/>); of a longer detail, such as a regex fragment.</summary>
    private const int ShownValue = 60;
    private const int ShownDetail = 200;

    public const string SyntaxErrorCode = "FTG101";
    public const string DuplicateMappingKeyCode = "FTG102";
    public const string UnknownKeyCode = "FTG103";
    public const string MissingFieldCode = "FTG104";
    public const string WrongKindCode = "FTG105";
    public const string BadVersionCode = "FTG106";
    public const string UnknownEntityTypeCode = "FTG107";
    public const string InvalidRelationshipTypeCode = "FTG108";
    public const string BadKeyCode = "FTG109";
    public const string BadRuleIdCode = "FTG110";
    public const string DuplicateEntityKeyCode = "FTG111";
    public const string DuplicateRuleIdCode = "FTG112";
    public const string AliasClaimedTwiceCode = "FTG113";
    public const string BadRegexCode = "FTG114";
    public const string CatastrophicRegexCode = "FTG115";
    public const string MissingTargetGroupCode = "FTG116";
    public const string UnknownTemplateGroupCode = "FTG117";
    public const string BadChoiceCode = "FTG118";
    public const string NoEntityRulesCode = "FTG119";
    public const string AcronymsTwiceCode = "FTG120";
    public const string EmptyValueCode = "FTG121";
    public const string UnreadablePackCode = "FTG122";
    public const string SeveralDocumentsCode = "FTG123";
    public const string UnknownRelationCode = "FTG124";
    public const string TooLargeCode = "FTG125";
    public const string NotTextCode = "FTG126";
    public const string FolderReadTwiceCode = "FTG127";
    public const string NestedTooDeepCode = "FTG128";
    public const string TooManyNodesCode = "FTG129";
    public const string RegexTooLargeCode = "FTG130";

    public static RuleMessage SyntaxError(string detail) => new(SyntaxErrorCode, $"YAML syntax error: {Shown(detail, ShownDetail)}");

    public static RuleMessage LongImplicitKey(int length) => new(SyntaxErrorCode, string.Create(CultureInfo.InvariantCulture,
        $"YAML syntax error: this key has {length:N0} characters; YAML allows 1,024 in a key written without '?' (write '? key' on one line and ': value' on the next)"));

    public static RuleMessage TabIndentation() => new(SyntaxErrorCode, "YAML syntax error: a tab in the indentation; YAML indents with spaces only");

    public static RuleMessage DuplicateMappingKey(string key, long firstLine, long firstColumn) =>
        new(DuplicateMappingKeyCode, $"key '{Shown(key)}' is used twice in one mapping (first at line {firstLine}, column {firstColumn}); only the first is read");

    public static RuleMessage UnknownKey(string key, string where, IReadOnlyList<string> allowed)
    {
        var suggestion = Suggest(key, allowed);
        return new(UnknownKeyCode, $"unknown key '{Shown(key)}' in {where}{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}; expected one of: {string.Join(", ", allowed)}");
    }

    public static RuleMessage MissingField(string key, string where) => new(MissingFieldCode, $"{where} is missing the required field '{key}'");

    public static RuleMessage MissingEntityType(string where) =>
        new(MissingFieldCode, $"{where} has no type: set 'type' on the entry, or 'type' at the top of the file for all its entities");

    public static RuleMessage MissingCue(string where) => new(MissingFieldCode, $"{where} is missing the required field 'cue' (only a relation from Paper needs none)");

    public static RuleMessage WrongKind(string what, string expected, string found) => new(WrongKindCode, $"{what} must be {expected}, not {found}");

    public static RuleMessage RootNotMapping(string found) => new(WrongKindCode, $"a rule file must be a mapping of top-level keys (version, entities, ...), not {found}");

    public static RuleMessage MissingVersion() => new(BadVersionCode, "the file has no 'version'; every rule file starts with 'version: 1'");

    public static RuleMessage BadVersion(string found) => new(BadVersionCode, $"unsupported version {found}; this FineTuneGraph reads rule files of version 1");

    public static RuleMessage UnknownEntityType(string type, bool paperAllowed)
    {
        var known = string.Join(", ", EntityTypes.All.Order(StringComparer.Ordinal));
        if (type == EntityTypes.Paper)
        {
            return new(UnknownEntityTypeCode, $"'Paper' is not an entity type here: only a relation rule's 'from' may be Paper; expected one of {known}");
        }

        var suggestion = Suggest(type, [.. EntityTypes.All, .. paperAllowed ? [EntityTypes.Paper] : Array.Empty<string>()]);
        return new(UnknownEntityTypeCode,
            $"unknown entity type '{Shown(type)}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}; expected one of {known}{(paperAllowed ? ", or Paper" : "")}");
    }

    public static RuleMessage InvalidRelationshipType(string type) =>
        new(InvalidRelationshipTypeCode, $"relationship type '{Shown(type)}' is not allowed: it must match ^[A-Z][A-Za-z0-9_]*$ (a capital letter, then letters, digits or '_')");

    public static RuleMessage UnknownRelationshipType(string type, IReadOnlyList<(string Type, string From, string To)> stated)
    {
        var suggestion = Suggest(type, stated.Select(r => r.Type));
        return new(UnknownRelationCode,
            $"unknown relationship type '{Shown(type)}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}; a relation rule states one of the graph model's relationships: {string.Join(", ", stated.Select(r => $"{r.Type} ({r.From} to {r.To})"))}");
    }

    public static RuleMessage RelationEndsMismatch(string type, string from, string to, string expectedFrom, string expectedTo) =>
        new(UnknownRelationCode, $"relationship type '{type}' goes from {expectedFrom} to {expectedTo} in the graph model, not from {from} to {to}");

    public static RuleMessage BadKey(string key) =>
        new(BadKeyCode, $"entity key '{Shown(key)}' is not allowed: keys are lower-case letters, digits, '.', '_' and '-', starting with a letter or digit");

    public static RuleMessage BadRuleId(string id) =>
        new(BadRuleIdCode, $"rule id '{Shown(id)}' is not allowed: ids are lower-case letters, digits, '.', '_' and '-', starting with a letter or digit");

    public static RuleMessage DuplicateEntityKey(string key, RuleSource first) => new(DuplicateEntityKeyCode, $"entity key '{Shown(key)}' is already defined at {first}");

    public static RuleMessage DuplicateRuleId(string id, RuleSource first) => new(DuplicateRuleIdCode, $"rule id '{Shown(id)}' is already defined at {first}");

    public static RuleMessage AliasClaimedTwice(string alias, string entityKey, string otherAlias, string otherKey, RuleSource otherSource) =>
        new(AliasClaimedTwiceCode, alias == otherAlias
            ? $"alias '{Shown(alias)}' of entity '{Shown(entityKey)}' is already claimed by entity '{Shown(otherKey)}' at {otherSource}; an alias may belong to one entity only"
            : $"alias '{Shown(alias)}' of entity '{Shown(entityKey)}' matches the same words as '{Shown(otherAlias)}' of entity '{Shown(otherKey)}' at {otherSource}; an alias may belong to one entity only");

    public static RuleMessage BadRegex(string detail) => new(BadRegexCode, $"regex does not compile: {Shown(detail, ShownDetail)}");

    public static RuleMessage CatastrophicRegex(string fragment) =>
        new(CatastrophicRegexCode, $"regex has a nested unbounded quantifier ('{Shown(fragment, ShownDetail)}'), which backtracks catastrophically; rewrite it without repeating a repetition");

    public static RuleMessage AmbiguousAlternatives(string fragment) =>
        new(CatastrophicRegexCode, $"regex repeats alternatives that can match the same text ('{Shown(fragment, ShownDetail)}'), which backtracks catastrophically; make the alternatives exclusive (no one the start of another)");

    public static RuleMessage AmbiguousRepeat(string fragment, string part) =>
        new(CatastrophicRegexCode, $"regex repeats '{Shown(fragment, ShownDetail)}', in which '{Shown(part)}' can also match what follows it, which backtracks catastrophically; make what follows it a character '{Shown(part)}' cannot match");

    public static RuleMessage RegexTooLong(int length) => new(RegexTooLargeCode, string.Create(CultureInfo.InvariantCulture,
        $"regex has {length:N0} characters; the limit is {RuleLimits.MaxRegexLength:N0} (split the rule, or list the words as aliases)"));

    public static RuleMessage TooManyRegexes() => new(RegexTooLargeCode, string.Create(CultureInfo.InvariantCulture,
        $"with this regex the pack has more than {RuleLimits.MaxRegexes:N0} distinct regexes, or {RuleLimits.MaxRegexCharacters:N0} characters of them, the limit; the regexes after it were not compiled"));

    public static RuleMessage OverridesWithoutCreate(string id) =>
        new(MissingFieldCode, $"context rule '{Shown(id)}' has 'overrides' but no 'create': the type that overrides them");

    public static RuleMessage MissingTargetGroup() => new(MissingTargetGroupCode, "a context regex needs a named group 'target', e.g. (?<target>[A-Z][\\w-]+)");

    public static RuleMessage UnknownTemplateGroup(string placeholder, IReadOnlyList<string> groups) =>
        new(UnknownTemplateGroupCode, $"template names {{{Shown(placeholder)}}}, but the regex has no group '{Shown(placeholder)}'; available: {Shown(string.Join(", ", groups.Select(g => $"{{{g}}}")), ShownDetail)}");

    public static RuleMessage BaseWithoutAfter() => new(UnknownTemplateGroupCode, "template names {base}, which exists only in a pattern with 'after'");

    public static RuleMessage BadChoice(string key, string value, IReadOnlyList<string> choices)
    {
        var suggestion = Suggest(value, choices);
        var alternatives = choices.Count == 1 ? choices[0] : $"{string.Join(", ", choices.Take(choices.Count - 1))} or {choices[^1]}";
        return new(BadChoiceCode, $"'{key}' must be {alternatives}, not '{Shown(value)}'{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}");
    }

    public static RuleMessage NotPositive(string key, string value) => new(BadChoiceCode, $"'{key}' must be a whole number greater than 0, not '{Shown(value)}'");

    public static RuleMessage NoEntityRules() => new(NoEntityRulesCode, "the pack has no entity rules: add a file with 'entities' or 'patterns'");

    public static RuleMessage AcronymsTwice(RuleSource first) => new(AcronymsTwiceCode, $"'acronyms' is already set at {first}; a pack may set it once");

    public static RuleMessage EmptyValue(string what) => new(EmptyValueCode, $"{what} must not be empty");

    public static RuleMessage AliasWithoutWords(string alias) => new(EmptyValueCode, $"alias '{Shown(alias)}' has no letters, digits or symbols to match");

    public static RuleMessage FolderNotFound() => new(UnreadablePackCode, "rule pack folder not found");

    public static RuleMessage NoRuleFiles() => new(UnreadablePackCode, "no rule files (*.yaml, *.yml) in the rule pack folder");

    public static RuleMessage UnreadableFile(string reason) => new(UnreadablePackCode, $"cannot read the rule file: {reason}");

    public static RuleMessage UnreadableFolder(string reason) => new(UnreadablePackCode, $"cannot read the folder: {reason}");

    public static RuleMessage FileTooLarge(long length) => new(TooLargeCode, length > RuleLimits.MaxFileBytes + 1L
        ? $"the rule file is {Size(length)}, over the limit of {Size(RuleLimits.MaxFileBytes)} for one rule file; it was not read"
        : $"the rule file holds more than {Size(RuleLimits.MaxFileBytes)}, the limit for one rule file; it was not read past that");

    public static RuleMessage PackTooLarge() =>
        new(TooLargeCode, $"with this file the rule files come to more than {Size(RuleLimits.MaxPackBytes)}, the limit for a pack; it was not read");

    public static RuleMessage TooManyFiles() =>
        new(TooLargeCode, string.Create(CultureInfo.InvariantCulture, $"the pack has more than {RuleLimits.MaxFiles:N0} rule files, the limit; the rest were not read"));

    public static RuleMessage NotUtf8(string detail) => new(NotTextCode, $"the rule file is not UTF-8 text: {detail}; save it as UTF-8");

    public static RuleMessage NotText(char found) => found == '\0'
        ? new(NotTextCode, "the rule file is binary: it holds a NUL byte; a rule file is YAML text in UTF-8")
        : new(NotTextCode, $"the rule file holds the control character U+{(int)found:X4}, which YAML text may not hold (is it a binary file?)");

    public static RuleMessage FolderReadTwice(string target, string firstSeenAs) =>
        new(FolderReadTwiceCode, $"this folder is {target}, which the pack already reads as '{firstSeenAs}' (a folder link loop, or a second link to one folder); a pack reads each folder once");

    public static RuleMessage NestedTooDeep() =>
        new(NestedTooDeepCode, string.Create(CultureInfo.InvariantCulture, $"lists and mappings nest deeper than {RuleLimits.MaxDepth} levels here, the limit (a rule file needs a handful); the file was not read further"));

    public static RuleMessage TooManyNodes(long? aliasNodes) => new(TooManyNodesCode, string.Create(CultureInfo.InvariantCulture,
        $"the pack holds more than {RuleLimits.MaxNodes:N0} YAML values here, counting each alias as the values it repeats{(aliasNodes is { } n ? $" (this alias repeats {n:N0})" : "")}; that is the limit, and the file was not read further"));

    public static RuleMessage AliasInsideItsAnchor(string anchor) =>
        new(TooManyNodesCode, $"alias *{anchor} is inside the value anchored as &{anchor}, so it would repeat without end");

    public static RuleMessage SeveralDocuments() =>
        new(SeveralDocumentsCode, "a rule file holds one YAML document; this is a second one (after '---'), and the file was not read further");

    /// <summary>
    /// A value from a rule file as a message shows it: characters that do not show (controls, byte order marks,
    /// direction overrides) escaped, and cut after <paramref name="max"/> characters with the full length given, so
    /// that a 1 MB key makes a one-line message.
    /// </summary>
    public static string Shown(string value, int max = ShownValue)
    {
        var shown = new StringBuilder(Math.Min(value.Length, max) + 16);
        for (var i = 0; i < value.Length; i++)
        {
            if (i == max)
            {
                shown.Append(CultureInfo.InvariantCulture, $"… ({value.Length:N0} characters)");
                break;
            }

            var c = value[i];
            _ = c switch
            {
                '\t' => shown.Append("\\t"),
                '\n' => shown.Append("\\n"),
                _ when char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format => shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => shown.Append(c),
            };
        }

        return shown.ToString();
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");

    /// <summary>The allowed value closest to a misspelt one (an edit distance of at most 2), if any.</summary>
    private static string? Suggest(string value, IEnumerable<string> allowed)
    {
        var lower = value.ToLowerInvariant();
        return allowed
            .Where(a => Math.Abs(a.Length - value.Length) <= 2)
            .Select(a => (Allowed: a, Distance: Distance(lower, a.ToLowerInvariant())))
            .Where(a => a.Distance <= 2 && a.Distance < a.Allowed.Length)
            .OrderBy(a => a.Distance)
            .Select(a => a.Allowed)
            .FirstOrDefault();
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
