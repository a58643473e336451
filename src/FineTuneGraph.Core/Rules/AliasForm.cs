using FineTuneGraph.Extraction;
using FineTuneGraph.Text;

namespace FineTuneGraph.Rules;

/// <summary>
/// What an alias matches, as docs/rules.md defines it: words, not characters, read exactly as the extractor reads
/// text (normalised, then split into tokens). Two aliases that reduce to the same tokens match the same text.
/// </summary>
public static class AliasForm
{
    /// <summary>
    /// True when every word of the alias matches only as written: always, never, or (auto) when every word is
    /// acronym-like. An alias whose other words match in any case counts as case-insensitive when aliases are compared.
    /// </summary>
    public static bool IsCaseSensitive(CaseMode mode, string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        return IsCaseSensitive(mode, mode == CaseMode.Auto ? Words(alias) : []);
    }

    /// <inheritdoc cref="IsCaseSensitive(CaseMode, string)"/>
    /// <param name="mode">The entry's case mode.</param>
    /// <param name="words">The alias's <see cref="Words"/>, when the caller has them already.</param>
    public static bool IsCaseSensitive(CaseMode mode, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        return mode switch
        {
            CaseMode.Sensitive => true,
            CaseMode.Insensitive => false,
            _ => words.Count > 0 && words.All(TermMatcher.IsAcronymLike),
        };
    }

    /// <summary>The alias's tokens joined by single spaces (<c>Fine–Tuning</c> → <c>Fine Tuning</c>); empty when it has none.</summary>
    public static string Tokens(string alias)
    {
        ArgumentNullException.ThrowIfNull(alias);
        return string.Join(' ', Words(alias));
    }

    /// <summary>The tokens of an alias after the same normalisation as the text it is matched against.</summary>
    public static IReadOnlyList<string> Words(string alias) => Tokenizer.Words(NormalizedText.Create(alias).Value);
}
