namespace FineTuneGraph.Extraction;

public static partial class NumberFinder
{
    /// <summary>The unit that starts at <paramref name="q"/>, right after the digits of a number that starts at <paramref name="start"/>.</summary>
    private static UnitRead ReadUnit(ReadOnlySpan<char> s, int q, int start, bool hasDecimal)
    {
        if (q >= s.Length)
        {
            return UnitRead.Plain(q);
        }

        var c = s[q];
        if (IsPercentSign(c))
        {
            return AfterPercent(s, q + 1);
        }

        if (c == '\\' && q + 1 < s.Length && s[q + 1] == '%')
        {
            // LaTeX left in an abstract: "62\%".
            return AfterPercent(s, q + 2);
        }

        if (c == '~' && q + 2 < s.Length && s[q + 1] == '\\' && s[q + 2] == '%')
        {
            // With LaTeX's unbreakable space: "13~\%".
            return AfterPercent(s, q + 3);
        }

        if (c == '\u00D7')
        {
            return AfterCross(s, q, q + 1);
        }

        if (char.IsLetter(c))
        {
            return Suffix(s, q, start);
        }

        if (c == '-' && q + 1 < s.Length && char.IsLetter(s[q + 1]))
        {
            return HyphenWord(s, q);
        }

        if (!char.IsWhiteSpace(c))
        {
            return UnitRead.Plain(q);
        }

        var t = SkipSpace(s, q);
        if (t >= s.Length)
        {
            return UnitRead.Plain(q);
        }

        c = s[t];
        if (IsPercentSign(c))
        {
            return AfterPercent(s, t + 1);
        }

        if (c == '\u00D7')
        {
            return AfterCross(s, q, t + 1);
        }

        return char.IsLetter(c) ? SpacedWord(s, q, t, start, hasDecimal) : UnitRead.Plain(q);
    }

    /// <summary>"58.8%", "3% points" (percentage points).</summary>
    private static UnitRead AfterPercent(ReadOnlySpan<char> s, int end)
    {
        var j = end < s.Length && s[end] is ' ' or '-' ? end + 1 : end;
        var word = Letters(s, j);
        return IsPointWord(word) && !IsPointScale(s, j + word.Length)
            ? UnitRead.Found(NumberUnit.PercentagePoints, j + word.Length)
            : UnitRead.Found(NumberUnit.Percent, end);
    }

    /// <summary>"2.5×"; but "224 × 224" is a dimension and "8× A100" a count of hardware.</summary>
    private static UnitRead AfterCross(ReadOnlySpan<char> s, int q, int end)
    {
        var next = SkipSpace(s, end);
        if (next < s.Length && char.IsAsciiDigit(s[next]))
        {
            return UnitRead.Excluded(Verdict.Drop, q, SkipNumberRun(s, next));
        }

        return IsHardwareAt(s, next) ? UnitRead.Excluded(Verdict.Drop, q, end) : UnitRead.Found(NumberUnit.Times, end);
    }

    /// <summary>Letters glued to the digits: "3x", "2.4pp", "4fold", "100times fewer" are units; "7B", "10k" sizes; "4th", "2e-5", "8x7B" identifiers.</summary>
    private static UnitRead Suffix(ReadOnlySpan<char> s, int q, int start)
    {
        var word = Letters(s, q);
        var end = q + word.Length;
        if (end >= s.Length || !(char.IsLetterOrDigit(s[end]) || s[end] is '_' or '@'))
        {
            if (word is "x" or "X")
            {
                return IsHardwareAt(s, SkipSpace(s, end)) ? UnitRead.Excluded(Verdict.Drop, q, end) : UnitRead.Found(NumberUnit.Times, end);
            }

            if (word.Equals("pp", StringComparison.OrdinalIgnoreCase))
            {
                return UnitRead.Found(NumberUnit.PercentagePoints, end);
            }

            if (word.Equals("pts", StringComparison.OrdinalIgnoreCase))
            {
                return UnitRead.Found(NumberUnit.Points, end);
            }

            if (word.Equals("percent", StringComparison.OrdinalIgnoreCase))
            {
                return UnitRead.Found(NumberUnit.Percent, end);
            }

            if (word.Equals("fold", StringComparison.OrdinalIgnoreCase))
            {
                return Fold(s, q, end);
            }

            if (word.Equals("times", StringComparison.OrdinalIgnoreCase) && IsMultiplier(s, start, end, hasDecimal: false))
            {
                return UnitRead.Found(NumberUnit.Times, end);
            }

            if (NumberLexicon.Magnitudes.Contains(word))
            {
                return UnitRead.Excluded(Verdict.Size, q, SkipIdentifier(s, q));
            }
        }

        return UnitRead.Excluded(Verdict.Drop, q, SkipIdentifier(s, q));
    }

    /// <summary>"4-fold", "5-point", "10-percent", "2-percentage-point"; other compounds are counts: "3-shot", "4-bit", "70-billion".</summary>
    private static UnitRead HyphenWord(ReadOnlySpan<char> s, int q)
    {
        var word = Letters(s, q + 1);
        var end = q + 1 + word.Length;
        if (word.Equals("fold", StringComparison.OrdinalIgnoreCase))
        {
            return Fold(s, q, end);
        }

        if (IsPointWord(word) && !IsPointScale(s, end))
        {
            return UnitRead.Found(NumberUnit.Points, end);
        }

        if (word.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            return UnitRead.Found(NumberUnit.Percent, end);
        }

        if (word.Equals("percentage", StringComparison.OrdinalIgnoreCase) && TryPointsAfter(s, end, out var pointsEnd))
        {
            return UnitRead.Found(NumberUnit.PercentagePoints, pointsEnd);
        }

        if (word.Equals("times", StringComparison.OrdinalIgnoreCase))
        {
            return UnitRead.Found(NumberUnit.Times, end);
        }

        var verdict = NumberLexicon.Magnitudes.Contains(word) || word.Equals("parameter", StringComparison.OrdinalIgnoreCase) ? Verdict.Size : Verdict.Drop;
        return UnitRead.Excluded(verdict, q, SkipIdentifier(s, q));
    }

    /// <summary>A unit word after a space: "12.5 percent", "3.1 percentage points", "2.4 pp", "1.5 points", "10 times faster", "175 billion".</summary>
    private static UnitRead SpacedWord(ReadOnlySpan<char> s, int q, int t, int start, bool hasDecimal)
    {
        var word = Letters(s, t);
        var end = t + word.Length;
        var alone = end >= s.Length || !char.IsLetterOrDigit(s[end]);
        if (word.Equals("percent", StringComparison.OrdinalIgnoreCase))
        {
            return TryPointsAfter(s, end, out var pointsEnd)
                ? UnitRead.Found(NumberUnit.PercentagePoints, pointsEnd)
                : UnitRead.Found(NumberUnit.Percent, end);
        }

        if (word.Equals("per", StringComparison.OrdinalIgnoreCase) && end < s.Length && s[end] == ' '
            && Letters(s, end + 1).Equals("cent", StringComparison.OrdinalIgnoreCase))
        {
            return UnitRead.Found(NumberUnit.Percent, end + 5);
        }

        if (word.Equals("percentage", StringComparison.OrdinalIgnoreCase))
        {
            return TryPointsAfter(s, end, out var pointsEnd) ? UnitRead.Found(NumberUnit.PercentagePoints, pointsEnd) : UnitRead.Plain(q);
        }

        if (word is "p" && s[end..].StartsWith(".p.", StringComparison.Ordinal))
        {
            return UnitRead.Found(NumberUnit.PercentagePoints, end + 3);
        }

        if (!alone)
        {
            return UnitRead.Plain(q);
        }

        if (word.Equals("pp", StringComparison.OrdinalIgnoreCase))
        {
            return UnitRead.Found(NumberUnit.PercentagePoints, end);
        }

        if (IsPointWord(word))
        {
            return IsPointScale(s, end) ? UnitRead.Excluded(Verdict.Drop, q, end) : UnitRead.Found(NumberUnit.Points, end);
        }

        if (word.Equals("times", StringComparison.OrdinalIgnoreCase))
        {
            return IsMultiplier(s, start, end, hasDecimal) ? UnitRead.Found(NumberUnit.Times, end) : UnitRead.Excluded(Verdict.Drop, q, end);
        }

        if (word.Equals("fold", StringComparison.OrdinalIgnoreCase))
        {
            return Fold(s, q, end);
        }

        // A lone lower-case "m" or "k" after a space is more likely a unit of length or a variable than a size.
        if (NumberLexicon.Magnitudes.Contains(word) && (word.Length > 1 || char.IsUpper(word[0])))
        {
            return UnitRead.Excluded(Verdict.Size, q, end);
        }

        var metricPoints = MetricPointsEnd(s, t);
        return metricPoints > 0 ? UnitRead.Found(NumberUnit.Points, metricPoints) : UnitRead.Plain(q);
    }

    /// <summary>"2 BLEU points", "1.5 absolute F1 points": at most two metric words between the number and "points".</summary>
    private static int MetricPointsEnd(ReadOnlySpan<char> s, int t)
    {
        var j = t;
        for (var words = 0; words < 2; words++)
        {
            var token = Token(s, j);
            if (!IsMetricToken(token))
            {
                return -1;
            }

            j += token.Length;
            var next = SkipSpace(s, j);
            if (next == j)
            {
                return -1;
            }

            j = next;
            var unit = Letters(s, j);
            if (IsPointWord(unit) && (j + unit.Length >= s.Length || !char.IsLetterOrDigit(s[j + unit.Length])))
            {
                return j + unit.Length;
            }
        }

        return -1;
    }

    private static UnitRead Fold(ReadOnlySpan<char> s, int q, int end) =>
        IsCrossValidation(s, end) ? UnitRead.Excluded(Verdict.Drop, q, end) : UnitRead.Found(NumberUnit.Times, end);

    /// <summary>"N times" is a multiplier when a comparative follows ("faster", "the", "as") or "by"/"up to" leads it; else it counts repetitions.</summary>
    private static bool IsMultiplier(ReadOnlySpan<char> s, int start, int end, bool hasDecimal)
    {
        if (hasDecimal)
        {
            return true;
        }

        var next = Token(s, SkipSpace(s, end));
        if (NumberLexicon.Comparatives.Contains(next)
            || (next.Length > 4 && next.EndsWith("er", StringComparison.OrdinalIgnoreCase) && !NumberLexicon.NotComparatives.Contains(next)))
        {
            return true;
        }

        return NumberLexicon.TimesLeads.Contains(PreviousWord(s, start, out _));
    }

    /// <summary>"-points"/" point(s)" after "percent" or "percentage".</summary>
    private static bool TryPointsAfter(ReadOnlySpan<char> s, int end, out int pointsEnd)
    {
        pointsEnd = end;
        if (end >= s.Length || s[end] is not (' ' or '-'))
        {
            return false;
        }

        var word = Letters(s, end + 1);
        if (!IsPointWord(word))
        {
            return false;
        }

        pointsEnd = end + 1 + word.Length;
        return true;
    }

    private static bool IsCrossValidation(ReadOnlySpan<char> s, int end)
    {
        var next = Token(s, SkipSpace(s, end));
        return next.StartsWith("cross", StringComparison.OrdinalIgnoreCase) || next is "CV" || next.Equals("validation", StringComparison.OrdinalIgnoreCase)
            || next.StartsWith("split", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"a 5-point Likert scale" is a scale, not a gain.</summary>
    private static bool IsPointScale(ReadOnlySpan<char> s, int end)
    {
        var next = Token(s, SkipSpace(s, end));
        return next.Equals("scale", StringComparison.OrdinalIgnoreCase) || next.Equals("likert", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"A100", "H100", "GPUs" after a multiplier.</summary>
    private static bool IsHardwareAt(ReadOnlySpan<char> s, int j)
    {
        var token = Token(s, j);
        if (NumberLexicon.Hardware.Contains(token))
        {
            return true;
        }

        var letters = 0;
        while (letters < token.Length && char.IsAsciiLetterUpper(token[letters]))
        {
            letters++;
        }

        var digits = token[letters..].TrimEnd('s');
        return letters is >= 1 and <= 3 && digits.Length is >= 1 and <= 4 && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsMetricToken(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
        {
            return false;
        }

        if (NumberLexicon.Metrics.Contains(token))
        {
            return true;
        }

        // Upper-case metric names: "BLEU", "EM", "ROUGE-L", "F1".
        return char.IsAsciiLetterUpper(token[0]) && !token.ContainsAnyInRange('a', 'z');
    }

    private static bool IsPointWord(ReadOnlySpan<char> word) =>
        word.Equals("points", StringComparison.OrdinalIgnoreCase) || word.Equals("point", StringComparison.OrdinalIgnoreCase)
        || word.Equals("pts", StringComparison.OrdinalIgnoreCase);

    private static bool IsPercentSign(char c) => c is '%' or '\uFF05' or '\u066A';
}
