namespace FineTuneGraph.Rules;

/// <summary>Reading a .NET regex pattern as text, for the checks and shortcuts that look at a rule's pattern.</summary>
internal static class RegexPatternText
{
    /// <summary>
    /// The index of the ']' that closes the character class opening at <paramref name="open"/>, class subtraction
    /// ("[a-z-[aeiou]]") included; the pattern's length when the class is not closed.
    /// </summary>
    public static int ClassEnd(string pattern, int open)
    {
        var j = open + 1;
        if (j < pattern.Length && pattern[j] == '^')
        {
            j++;
        }

        // A ']' right after the opening (or after '^') is a member, not the end.
        if (j < pattern.Length && pattern[j] == ']')
        {
            j++;
        }

        while (j < pattern.Length)
        {
            switch (pattern[j])
            {
                case '\\':
                    j += 2;
                    break;
                case '[' when pattern[j - 1] == '-':
                    j = ClassEnd(pattern, j) + 1;
                    break;
                case ']':
                    return j;
                default:
                    j++;
                    break;
            }
        }

        return pattern.Length;
    }
}
