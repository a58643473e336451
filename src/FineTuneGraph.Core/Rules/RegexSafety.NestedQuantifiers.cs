namespace FineTuneGraph.Rules;

public static partial class RegexSafety
{
    /// <summary>
    /// The first group quantified with <c>*</c>, <c>+</c> or <c>{n,}</c> whose content itself holds an unbounded
    /// quantifier (<c>(a+)+</c>, <c>(\w*)*</c>, <c>(?:x+|y)+</c>, <c>((ab)*)+</c>), as written in the pattern; null
    /// when there is none. Bounded repetitions (<c>(a{1,3}){1,2}</c>, <c>(a+)?</c>) are fine. Tolerates invalid
    /// patterns (the compiler reports those).
    /// </summary>
    public static string? FindNestedUnboundedQuantifier(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var groups = new Stack<Group>();
        var current = new Group(-1);
        var i = 0;
        while (i < pattern.Length)
        {
            int atomStart = i;
            bool atomHasUnbounded;
            switch (pattern[i])
            {
                case '\\':
                    i = SkipEscape(pattern, i);
                    atomHasUnbounded = false;
                    break;
                case '[':
                    i = SkipClass(pattern, i);
                    atomHasUnbounded = false;
                    break;
                case '(' when pattern.AsSpan(i).StartsWith("(?#", StringComparison.Ordinal):
                    var commentEnd = pattern.IndexOf(')', i);
                    i = commentEnd < 0 ? pattern.Length : commentEnd + 1;
                    continue;
                case '(':
                    groups.Push(current);
                    current = new Group(i);
                    i = SkipGroupHeader(pattern, i);
                    continue;
                case ')' when groups.Count > 0:
                    var closed = current;
                    current = groups.Pop();
                    i++;
                    atomStart = closed.Start;
                    atomHasUnbounded = closed.HasUnbounded;
                    break;
                default:
                    i++;
                    atomHasUnbounded = false;
                    break;
            }

            if (TryReadQuantifier(pattern, i, out var end, out var unbounded))
            {
                if (unbounded && atomHasUnbounded)
                {
                    return pattern[atomStart..end];
                }

                i = end;
                atomHasUnbounded |= unbounded;
            }

            current.HasUnbounded |= atomHasUnbounded;
        }

        return null;
    }

    private static int SkipEscape(string pattern, int i)
    {
        var j = i + 1;
        if (j >= pattern.Length)
        {
            return j;
        }

        var kind = pattern[j];
        if ((kind is 'p' or 'P' && At(pattern, j + 1, '{')) || (kind == 'k' && At(pattern, j + 1, '<')))
        {
            return SkipPast(pattern, j + 2, kind == 'k' ? '>' : '}');
        }

        if (kind == 'k' && At(pattern, j + 1, '\''))
        {
            return SkipPast(pattern, j + 2, '\'');
        }

        return kind switch
        {
            'x' => Math.Min(pattern.Length, j + 3),
            'u' => Math.Min(pattern.Length, j + 5),
            'c' => Math.Min(pattern.Length, j + 2),
            _ when char.IsAsciiDigit(kind) => SkipDigits(pattern, j),
            _ => j + 1,
        };
    }

    /// <summary>Past a character class, including .NET's subtractions (<c>[a-z-[aeiou]]</c>).</summary>
    private static int SkipClass(string pattern, int i) => RegexPatternText.ClassEnd(pattern, i) + 1;

    /// <summary>Past the opening of a group: <c>(</c>, <c>(?:</c>, <c>(?&lt;name&gt;</c>, <c>(?'name'</c>, look-arounds, <c>(?i:</c>, <c>(?i)</c>.</summary>
    private static int SkipGroupHeader(string pattern, int i)
    {
        var j = i + 1;
        if (!At(pattern, j, '?'))
        {
            return j;
        }

        j++;
        if (j >= pattern.Length)
        {
            return j;
        }

        switch (pattern[j])
        {
            case ':' or '=' or '!' or '>':
                return j + 1;
            case '<' when At(pattern, j + 1, '=') || At(pattern, j + 1, '!'):
                return j + 2;
            case '<':
                return SkipPast(pattern, j + 1, '>');
            case '\'':
                return SkipPast(pattern, j + 1, '\'');
            case '(':
                return SkipPast(pattern, j + 1, ')');
            default:
                // Inline options: (?imnsx-imnsx:...) opens a group; (?imnsx) is closed by its ')' right away.
                while (j < pattern.Length && (char.IsAsciiLetter(pattern[j]) || pattern[j] == '-'))
                {
                    j++;
                }

                return At(pattern, j, ':') ? j + 1 : j;
        }
    }

    /// <summary>A quantifier at <paramref name="i"/>: <c>*</c>, <c>+</c>, <c>?</c>, <c>{n}</c>, <c>{n,}</c>, <c>{n,m}</c>, each optionally lazy.</summary>
    private static bool TryReadQuantifier(string pattern, int i, out int end, out bool unbounded)
    {
        end = i;
        unbounded = false;
        if (i >= pattern.Length)
        {
            return false;
        }

        switch (pattern[i])
        {
            case '*' or '+':
                unbounded = true;
                end = i + 1;
                break;
            case '?':
                end = i + 1;
                break;
            case '{':
                var j = SkipDigits(pattern, i + 1);
                if (j == i + 1)
                {
                    return false;
                }

                if (At(pattern, j, ','))
                {
                    var upper = SkipDigits(pattern, j + 1);
                    unbounded = upper == j + 1;
                    j = upper;
                }

                if (!At(pattern, j, '}'))
                {
                    unbounded = false;
                    return false;
                }

                end = j + 1;
                break;
            default:
                return false;
        }

        if (At(pattern, end, '?'))
        {
            end++;
        }

        return true;
    }

    private static int SkipDigits(string pattern, int j)
    {
        while (j < pattern.Length && char.IsAsciiDigit(pattern[j]))
        {
            j++;
        }

        return j;
    }

    private static int SkipPast(string pattern, int j, char close)
    {
        var at = pattern.IndexOf(close, j);
        return at < 0 ? pattern.Length : at + 1;
    }

    private static bool At(string pattern, int j, char c) => j < pattern.Length && pattern[j] == c;

    private sealed class Group(int start)
    {
        public int Start { get; } = start;

        public bool HasUnbounded { get; set; }
    }
}
