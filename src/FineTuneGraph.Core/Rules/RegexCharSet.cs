using System.Globalization;

namespace FineTuneGraph.Rules;

/// <summary>
/// An over-approximation of the characters a regex atom can match, for the shape checks of <see cref="RegexSafety"/>:
/// ASCII exactly (a bit per character), the rest by kind: word characters, white space, anything else. Two sets
/// that might share a character overlap; ones that surely do not, do not.
/// </summary>
internal readonly record struct RegexCharSet(ulong Low, ulong High, int Some, int Full)
{
    /// <summary>Non-ASCII kinds: letters and digits, white space, the rest.</summary>
    public const int Word = 1;
    public const int Space = 2;
    public const int Other = 4;
    private const int AllKinds = Word | Space | Other;

    public static RegexCharSet None { get; } = default;

    /// <summary>Every character but '\n' (<c>.</c>).</summary>
    public static RegexCharSet Dot { get; } = new(~(1UL << '\n'), ulong.MaxValue, AllKinds, AllKinds);

    public static RegexCharSet Any { get; } = new(ulong.MaxValue, ulong.MaxValue, AllKinds, AllKinds);

    public static RegexCharSet Digits { get; } = Range('0', '9') with { Some = Word };

    public static RegexCharSet WordChars { get; } = Range('a', 'z').Union(Range('A', 'Z')).Union(Digits).Union(Of('_')) with { Some = Word, Full = Word };

    public static RegexCharSet WhiteSpace { get; } = Of(' ').Union(Range('\t', '\r')) with { Some = Space, Full = Space };

    public bool IsEmpty => Low == 0 && High == 0 && Some == 0;

    /// <summary>One character; with <paramref name="ignoreCase"/>, both cases of an ASCII letter.</summary>
    public static RegexCharSet Of(char c, bool ignoreCase = false)
    {
        if (c >= 128)
        {
            return new(0, 0, KindOf(c), 0);
        }

        var set = c < 64 ? new RegexCharSet(1UL << c, 0, 0, 0) : new RegexCharSet(0, 1UL << (c - 64), 0, 0);
        return ignoreCase && char.IsAsciiLetter(c) ? set.Union(Of(char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c))) : set;
    }

    /// <summary>The characters from <paramref name="first"/> to <paramref name="last"/>; non-ASCII ones by kind.</summary>
    public static RegexCharSet Range(char first, char last, bool ignoreCase = false)
    {
        var set = None;
        for (var c = first; c <= last && c < 128; c++)
        {
            set = set.Union(Of(c, ignoreCase));
        }

        // A range reaching past ASCII may hold any kind of character.
        return last >= 128 ? set with { Some = AllKinds } : set;
    }

    public RegexCharSet Union(RegexCharSet other) => new(Low | other.Low, High | other.High, Some | other.Some, Full | other.Full);

    /// <summary>Every character not in this set (<c>[^…]</c>, <c>\W</c>).</summary>
    public RegexCharSet Complement() => new(~Low, ~High, AllKinds & ~Full, AllKinds & ~Some);

    public bool Overlaps(RegexCharSet other) => (Low & other.Low) != 0 || (High & other.High) != 0 || (Some & other.Some) != 0;

    private static int KindOf(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation ? Word
        : char.IsWhiteSpace(c) ? Space
        : Other;
}
