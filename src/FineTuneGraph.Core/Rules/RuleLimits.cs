namespace FineTuneGraph.Rules;

/// <summary>
/// The bounds of what a rule pack may hold (docs/rules.md, "Limits"). Each is far above what a real pack needs (the
/// default pack: 11 files, 0.3 MiB, 25,660 YAML nodes, depth 6, 96 distinct regexes of at most 573 characters, 10,288 in all), and
/// together they bound the time and memory of loading any folder: a pack past one is refused at the spot where the
/// limit is passed, before the work it would cost is done.
/// </summary>
public static class RuleLimits
{
    /// <summary>The largest rule file, in bytes: 16 MiB.</summary>
    public const int MaxFileBytes = 16 * 1024 * 1024;

    /// <summary>The most bytes of all the files of a pack together: 64 MiB.</summary>
    public const int MaxPackBytes = 64 * 1024 * 1024;

    /// <summary>The most rule files in a pack.</summary>
    public const int MaxFiles = 1_000;

    /// <summary>The deepest nesting of lists and mappings in a rule file.</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest regex, in characters.</summary>
    public const int MaxRegexLength = 2_000;

    /// <summary>
    /// The most distinct regexes in a pack. Building a regex for the linear-time engine costs from 1 ms to about 90 ms
    /// and 5 MB (an alternation of words), whatever its length, so their number is what bounds compiling a pack.
    /// </summary>
    public const int MaxRegexes = 200;

    /// <summary>The most characters of all the distinct regexes of a pack together.</summary>
    public const int MaxRegexCharacters = 100_000;

    /// <summary>The most YAML nodes (values, lists, mappings) in a pack, each alias counting as the nodes it repeats.</summary>
    public const int MaxNodes = 1_000_000;
}
