using System.Text.RegularExpressions;

namespace FineTuneGraph.Rules;

/// <summary>A validated rule pack: every rule of every file of the folder, with where it was written.</summary>
/// <param name="Directory">The folder the pack was loaded from.</param>
/// <param name="Files">The files, relative to <paramref name="Directory"/>, in load order.</param>
/// <param name="Hash">A hash of the files' contents: a changed pack means papers must be extracted again.</param>
public sealed record RulePack(
    string Directory,
    IReadOnlyList<string> Files,
    string Hash,
    IReadOnlyList<EntityRule> Entities,
    IReadOnlyList<PatternRule> Patterns,
    IReadOnlyList<ContextRule> Contexts,
    IReadOnlyList<RelationRule> Relations,
    IReadOnlyList<FindingRule> Findings,
    AcronymSettings Acronyms)
{
    /// <summary>Generic phrases ("large language model", "fine-tuning") that are never entities and block rules from making them ones.</summary>
    public IReadOnlyList<GenericTerm> Generic { get; init; } = [];
}

/// <summary>A phrase that is never an entity; it matches like a dictionary alias (docs/rules.md, "Generic terms").</summary>
public sealed record GenericTerm(string Phrase, RuleSource Source);

/// <summary>How the aliases of a dictionary entity compare letter case.</summary>
public enum CaseMode
{
    /// <summary>Aliases with two or more upper-case letters match as written; the others in any case.</summary>
    Auto,

    /// <summary>Every alias matches only as written.</summary>
    Sensitive,

    /// <summary>Every alias matches in any case.</summary>
    Insensitive,
}

/// <summary>A dictionary entity: a named thing and the ways it is written.</summary>
/// <param name="Key">Stable id, unique in the pack.</param>
/// <param name="Type">One of <see cref="EntityTypes.All"/>.</param>
/// <param name="Name">The canonical name; it is also an alias.</param>
/// <param name="Aliases">Other surface forms (not including <paramref name="Name"/>).</param>
/// <param name="Exclude">Regexes over the sentence; a match lying inside one of their matches is rejected.</param>
public sealed record EntityRule(
    string Key,
    string Type,
    string Name,
    IReadOnlyList<string> Aliases,
    CaseMode Case,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<Regex> Exclude,
    RuleSource Source);

/// <summary>Where a rule's regex looks.</summary>
public enum RuleScope
{
    /// <summary>Title and abstract.</summary>
    Text,

    /// <summary>Only the title.</summary>
    Title,

    /// <summary>Only the abstract.</summary>
    Abstract,
}

/// <summary>
/// A pattern entity: a regex with named groups whose matches become entities, named by a template. With
/// <paramref name="After"/>, it extends an entity of that type that ends right where the regex starts (the
/// model-name grammar: "Llama 2" + "-Chat 70B").
/// </summary>
/// <param name="NameTemplate">The canonical name, e.g. <c>{base} {size}</c>; <c>{group}</c> are named groups, <c>{base}</c> the extended entity's name, <c>{match}</c> the whole match.</param>
/// <param name="Attributes">Attribute templates, e.g. <c>size: '{size}'</c>; an attribute whose groups did not match is left out.</param>
public sealed record PatternRule(
    string Id,
    string Type,
    Regex Regex,
    string? After,
    string NameTemplate,
    IReadOnlyDictionary<string, string> Attributes,
    int Priority,
    RuleScope Scope,
    RuleSource Source)
{
    /// <summary>Words of which at least one must be in a sentence for the regex to run on it (empty: always run).</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    /// <summary>With <see cref="Triggers"/>: words of which one must also be in the sentence (empty: no second condition).</summary>
    public IReadOnlyList<string> TriggersAlso { get; init; } = [];

    /// <summary>With <see cref="After"/> set: the regex must end where the entity starts ("70B" + " Llama 2-Chat") rather than start where it ends.</summary>
    public bool Before { get; init; }
}

/// <summary>What a created name must look like before a context rule may make an entity of it.</summary>
public enum CreateCondition
{
    /// <summary>Any name the regex captures.</summary>
    Any,

    /// <summary>A coined name: one word with an inner capital or a digit (LiNeS, HFT, AutoPEFT, CLS-RL).</summary>
    Coined,

    /// <summary>A coined name, or a name that occurs again in the paper outside this match.</summary>
    CoinedOrRepeated,
}

/// <summary>
/// A context rule: a regex over a sentence (or the title) whose <c>target</c> group marks an entity. The entity
/// found there (of one of <paramref name="TargetTypes"/>) gets the rule's role; when none is found and
/// <paramref name="Create"/> is set, the captured name becomes a new entity of that type, if it passes
/// <paramref name="Require"/>.
/// </summary>
public sealed record ContextRule(
    string Id,
    Regex Regex,
    RuleScope Scope,
    IReadOnlyList<string> TargetTypes,
    string? Create,
    CreateCondition Require,
    bool SetProposed,
    RuleSource Source)
{
    /// <summary>When set, the names listed after the target ("GSM8K, MATH and SVAMP") get the same treatment.</summary>
    public bool List { get; init; }

    /// <summary>
    /// Types the rule's <see cref="Create"/> type overrides when an entity of one of them is exactly the target: "the
    /// RAFT benchmark" is a dataset whatever the dictionary says, and a coined acronym in a title prefix whose long form
    /// ends in a task word ("VAENAR-TTS: ... Text-to-Speech Synthesis") names the paper's method. A paper-local entity
    /// changes type wholly; a dictionary entity only where it is written as the target.
    /// </summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>
    /// With <see cref="Overrides"/>: only paper-local entities change type ("the SearchBySnippet dataset" the title
    /// named; not "the SFT dataset", data for a known method).
    /// </summary>
    public bool OverridesLocalOnly { get; init; }

    /// <inheritdoc cref="PatternRule.Triggers"/>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    /// <inheritdoc cref="PatternRule.TriggersAlso"/>
    public IReadOnlyList<string> TriggersAlso { get; init; } = [];
}

/// <summary>Which mention must come first in the sentence for a relation rule.</summary>
public enum RelationOrder
{
    /// <summary>Either order.</summary>
    Any,

    /// <summary>The <c>from</c> mention precedes the <c>to</c> mention.</summary>
    FromFirst,

    /// <summary>The <c>to</c> mention precedes the <c>from</c> mention.</summary>
    ToFirst,
}

/// <summary>
/// A relation rule: in one sentence, a mention of type <paramref name="From"/> and one of type <paramref name="To"/>
/// with the cue (between them when <paramref name="CueBetween"/>) become a relationship <paramref name="Type"/>.
/// <paramref name="From"/> may be <c>Paper</c> (no cue needed: every mention of <paramref name="To"/>), and
/// <paramref name="Anaphora"/> lets phrases like "our method" stand for the paper's proposed methods.
/// A source whose canonical name matches <paramref name="NotFrom"/> is never related by the rule (a setting such as
/// "offline reinforcement learning" is not a method evaluated on Atari), and a pair the rule relates in a sentence
/// where a relationship of a type in <paramref name="YieldsTo"/> relates it too is left to that one ("trained on
/// UltraFeedback" is TRAINED_ON, not also EVALUATED_ON). In a paper that proposes nothing, the methods named in a
/// sentence matching <paramref name="Studied"/> ("we compare X, Y and Z") are what <paramref name="Anaphora"/> stands for.
/// A pair with a match of <paramref name="BlockedBy"/> between its mentions (for "our method", anywhere before the
/// target) is not related: "X ... surpassing GPT-4", "critiques generated by GPT-4" name a baseline or a data source.
/// In a sentence matching <paramref name="TargetAnaphora"/> ("we leverage this benchmark"), the paper's own targets (those
/// its title names, else those of the nearest sentence before that names any) are targets of the sentence too. A source
/// inside a leading clause matching <paramref name="Background"/> ("When integrated with X, it ...") is no source.
/// </summary>
public sealed record RelationRule(
    string Id,
    string Type,
    string From,
    string To,
    Regex? Cue,
    bool CueBetween,
    RelationOrder Order,
    int MaxGap,
    Regex? Anaphora,
    RuleSource Source,
    Regex? NotFrom = null,
    IReadOnlyList<string>? YieldsTo = null,
    Regex? Studied = null,
    Regex? BlockedBy = null,
    Regex? TargetAnaphora = null,
    Regex? Background = null);

/// <summary>
/// A finding rule: a sentence matching <paramref name="Cue"/> becomes a finding, with its numbers, direction
/// (<paramref name="Up"/> / <paramref name="Down"/>), negation and hedging.
/// </summary>
public sealed record FindingRule(
    string Id,
    Regex Cue,
    Regex? Up,
    Regex? Down,
    Regex? Negation,
    Regex? Hedge,
    RuleSource Source)
{
    /// <summary>
    /// Matches the words just before a method that make it the comparator, not the subject ("improves over", "than",
    /// "outperforms"): it is run on the text from the previous mention up to the method, so it ends with <c>$</c>.
    /// </summary>
    public Regex? Comparator { get; init; }

    /// <summary>
    /// Matches a leading subordinate clause at the start of a claim sentence ("When integrated with X, it ...",
    /// "Compared to methods such as X, Y ..."): the methods inside it are background, not what the claim is about,
    /// unless the sentence names no other method and the paper proposes none.
    /// </summary>
    public Regex? Background { get; init; }

    /// <summary>
    /// Matches the words right after a method that make it the data a method made ("CLAIR preferences", "self-instruct
    /// demonstrations"): such a method is background, not what the claim is about. Run from the end of the mention, so
    /// it starts with <c>^</c>.
    /// </summary>
    public Regex? DataAfter { get; init; }

    /// <inheritdoc cref="PatternRule.Triggers"/>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    /// <inheritdoc cref="PatternRule.TriggersAlso"/>
    public IReadOnlyList<string> TriggersAlso { get; init; } = [];
}

/// <summary>
/// Paper-local acronym definitions ("Emulated Fine-Tuning (EFT)"): when neither form is known, the last word of
/// the long form decides the type through <paramref name="Heads"/> (e.g. Method: tuning, optimization).
/// </summary>
public sealed record AcronymSettings(bool Enabled, IReadOnlyDictionary<string, IReadOnlyList<string>> Heads)
{
    /// <summary>No acronym detection.</summary>
    public static AcronymSettings Disabled { get; } = new(false, new Dictionary<string, IReadOnlyList<string>>());
}
