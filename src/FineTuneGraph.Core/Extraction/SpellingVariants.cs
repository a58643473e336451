namespace FineTuneGraph.Extraction;

/// <summary>
/// British and American spellings of the same word ("reward modelling", "regularisation", "behaviour"), so that an
/// alias written one way also matches text written the other way.
/// </summary>
internal static class SpellingVariants
{
    private static readonly (string American, string British)[] Endings =
    [
        ("ization", "isation"), ("izations", "isations"), ("izing", "ising"), ("ized", "ised"), ("izes", "ises"),
        ("izer", "iser"), ("izers", "isers"), ("ize", "ise"),
        ("yzing", "ysing"), ("yzed", "ysed"), ("yzer", "yser"), ("yze", "yse"),
    ];

    // Doubling the l and adding the u happen only on these stems; a rule on every "-eled" or "-or" would invent words.
    private static readonly (string American, string British)[] Stems =
    [
        ("modeling", "modelling"), ("modeled", "modelled"), ("modeler", "modeller"),
        ("labeling", "labelling"), ("labeled", "labelled"), ("leveling", "levelling"),
        ("signaling", "signalling"), ("traveling", "travelling"), ("canceling", "cancelling"),
        ("behavior", "behaviour"), ("behaviors", "behaviours"), ("behavioral", "behavioural"),
        ("color", "colour"), ("neighbor", "neighbour"), ("neighbors", "neighbours"), ("neighborhood", "neighbourhood"),
        ("center", "centre"), ("centered", "centred"), ("favor", "favour"),
    ];

    /// <summary>The words as given, then the same words in the other spelling when any word has one.</summary>
    public static IEnumerable<string[]> Of(string[] lowerWords)
    {
        yield return lowerWords;
        var other = new string[lowerWords.Length];
        var changed = false;
        for (var i = 0; i < lowerWords.Length; i++)
        {
            other[i] = Alternate(lowerWords[i]) ?? lowerWords[i];
            changed |= !ReferenceEquals(other[i], lowerWords[i]);
        }

        if (changed)
        {
            yield return other;
        }
    }

    private static string? Alternate(string word)
    {
        foreach (var (american, british) in Stems)
        {
            if (word == american)
            {
                return british;
            }

            if (word == british)
            {
                return american;
            }
        }

        // Short words ending like this are not verbs made with -ize: size, seize, prize.
        if (word.Length < 7)
        {
            return null;
        }

        foreach (var (american, british) in Endings)
        {
            if (word.EndsWith(american, StringComparison.Ordinal))
            {
                return string.Concat(word.AsSpan(0, word.Length - american.Length), british);
            }

            if (word.EndsWith(british, StringComparison.Ordinal))
            {
                return string.Concat(word.AsSpan(0, word.Length - british.Length), american);
            }
        }

        return null;
    }
}
