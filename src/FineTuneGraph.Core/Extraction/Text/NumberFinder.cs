using System.Globalization;

namespace FineTuneGraph.Extraction;

/// <summary>
/// Finds the result numbers stated in a span of text (a sentence): percentages ("58.8%", "12.5 percent"),
/// percentage points ("3.1 pp"), points ("2 BLEU points"), multipliers ("3x", "2.5×", "10 times faster",
/// "4-fold") and plain scores ("F1 of 0.85", "achieves 58.8 on MATH"), each with its sign and unit as written.
/// A plain number counts when it has a decimal point, or when it is an integer right after "of", "to", "at",
/// "reaches", "achieves", "scores" or "=" and no counted noun follows it. Model sizes and other counts ("7B",
/// "175 billion", "3 tasks"), years, dates, versions ("Llama 3.1"), references ("Table 2"), citations ("[12]"),
/// settings ("rank of 8", "p &lt; 0.05"), arXiv ids and digits inside identifiers ("GSM8K", "pass@1") are left out.
/// </summary>
public static partial class NumberFinder
{
    private const NumberStyles Styles = NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint;

    /// <summary>
    /// The numbers in [<paramref name="start"/>, <paramref name="end"/>) of <paramref name="text"/>, in order, with
    /// offsets into <paramref name="text"/>. Nothing outside the span is looked at.
    /// </summary>
    public static IReadOnlyList<NumericValue> Find(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var s = text.AsSpan(start, end - start);
        List<NumericValue>? found = null;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsAsciiDigit(c) || (c == '.' && IsLeadingDecimalPoint(s, i)))
            {
                var candidate = Evaluate(s, i, allowRange: true);
                if (candidate.Verdict == Verdict.Keep)
                {
                    (found ??= []).Add(ToValue(text, start, s, candidate));
                }

                i = candidate.Resume;
            }
            else if (char.IsLetter(c))
            {
                var tokenEnd = SkipIdentifier(s, i);
                if (TryFoldWord(s, i, tokenEnd, out var times))
                {
                    (found ??= []).Add(new NumericValue(start + i, start + tokenEnd, text.Substring(start + i, tokenEnd - i), times, NumberUnit.Times));
                }

                i = tokenEnd;
            }
            else
            {
                i = c == '[' ? SkipCitation(s, i) : i + 1;
            }
        }

        return found ?? (IReadOnlyList<NumericValue>)[];
    }

    private static Candidate Evaluate(ReadOnlySpan<char> s, int p, bool allowRange)
    {
        var q = p;
        while (q < s.Length && char.IsAsciiDigit(s[q]))
        {
            q++;
        }

        var integerDigits = q - p;
        var grouped = false;
        if (integerDigits is >= 1 and <= 3)
        {
            while (IsThousandsGroup(s, q))
            {
                q += 4;
                grouped = true;
            }
        }

        var fractionDigits = 0;
        if (q + 1 < s.Length && s[q] == '.' && char.IsAsciiDigit(s[q + 1]))
        {
            var point = q++;
            while (q < s.Length && char.IsAsciiDigit(s[q]))
            {
                q++;
            }

            fractionDigits = q - point - 1;
        }

        var digitsEnd = q;
        if (q + 1 < s.Length && s[q] is '.' or ':' or ',' && char.IsAsciiDigit(s[q + 1]))
        {
            // "3.1.2", "10:30", "3:1", "1,2": section or version numbers, times, ratios, lists.
            return Candidate.Excluded(p, digitsEnd, Verdict.Drop, SkipNumberRun(s, q));
        }

        var start = p > 0 && IsSign(s[p - 1]) && (p == 1 || IsSignContext(s[p - 2])) ? p - 1 : p;
        if (IsExcludedByPrefix(s, start))
        {
            return Candidate.Excluded(start, digitsEnd, Verdict.Drop, digitsEnd);
        }

        var unit = ReadUnit(s, digitsEnd, start, fractionDigits > 0);
        Candidate candidate;
        if (unit.Verdict != Verdict.Open)
        {
            candidate = new Candidate(start, p, digitsEnd, unit.End, unit.Unit, unit.Verdict, unit.Resume);
            if (!allowRange || unit.Verdict != Verdict.Keep)
            {
                return candidate;
            }
        }
        else
        {
            var verdict = DecideUnitless(s, start, p, digitsEnd, integerDigits, fractionDigits, grouped);
            candidate = new Candidate(start, p, digitsEnd, digitsEnd, NumberUnit.None, verdict, digitsEnd);
            if (!allowRange || verdict is not (Verdict.Keep or Verdict.Open))
            {
                return candidate;
            }
        }

        return TryRangeEnd(s, candidate.End, out var other, out var joinedByTo) ? WithRangeEnd(s, candidate, other, joinedByTo) : candidate;
    }

    /// <summary>
    /// "40-90%", "0.25% to 11.74%", "+0.12 to +0.23": one value, the range, which takes the unit of its second end.
    /// "From 45% to 58%" is a change: two values, the first with the unit of the second. "1.3 to 13B" is a size.
    /// </summary>
    private static Candidate WithRangeEnd(ReadOnlySpan<char> s, Candidate first, int other, bool joinedByTo)
    {
        var last = Evaluate(s, other, allowRange: false);
        if (last.Verdict == Verdict.Size && first.Unit == NumberUnit.None)
        {
            return first with { Verdict = Verdict.Size };
        }

        if (last.Verdict != Verdict.Keep
            || (first.Unit != NumberUnit.None && last.Unit != first.Unit)
            || (first.Verdict == Verdict.Open && last.Unit == NumberUnit.None))
        {
            return first;
        }

        if (joinedByTo && IsChangeStart(s, first.Start))
        {
            return first.Unit == NumberUnit.None && last.Unit != NumberUnit.None ? first with { Unit = last.Unit, Verdict = Verdict.Keep } : first;
        }

        return first with
        {
            End = last.End,
            Unit = last.Unit,
            Verdict = Verdict.Keep,
            Resume = last.Resume,
            Upper = new RangeEnd(last.Start, last.DigitsStart, last.DigitsEnd),
        };
    }

    private static NumericValue ToValue(string text, int offset, ReadOnlySpan<char> s, Candidate candidate)
    {
        var length = candidate.End - candidate.Start;
        double? upper = candidate.Upper is { } end ? Signed(s, end.Start, end.DigitsStart, end.DigitsEnd) : null;
        return new NumericValue(
            offset + candidate.Start,
            offset + candidate.End,
            text.Substring(offset + candidate.Start, length),
            Signed(s, candidate.Start, candidate.DigitsStart, candidate.DigitsEnd),
            candidate.Unit,
            upper);
    }

    private static double Signed(ReadOnlySpan<char> s, int start, int digitsStart, int digitsEnd)
    {
        var number = double.Parse(s[digitsStart..digitsEnd], Styles, CultureInfo.InvariantCulture);
        return start < digitsStart && s[start] != '+' ? -number : number;
    }

    /// <summary>Skips a word with everything glued to it: "GSM8K", "GPT-3.5", "Qwen2.5-7B", "pass@1", "arXiv:2301.1".</summary>
    private static int SkipIdentifier(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsLetterOrDigit(c) || c is '_' or '@' || char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                i++;
            }
            else if (c is '.' or '-' or '\u2013' or ':' or '/' or '\'' or '\u2019' && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]))
            {
                i += 2;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static int SkipNumberRun(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || (s[i] is '.' or ':' or ',' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))))
        {
            i++;
        }

        return i;
    }

    /// <summary>"[12]", "[3, 5-7]" are skipped whole; any other bracket is skipped alone.</summary>
    private static int SkipCitation(ReadOnlySpan<char> s, int open)
    {
        var digits = false;
        for (var j = open + 1; j < s.Length && j - open <= 64; j++)
        {
            var c = s[j];
            if (c == ']')
            {
                return digits ? j + 1 : open + 1;
            }

            if (char.IsAsciiDigit(c))
            {
                digits = true;
            }
            else if (c is not (',' or ';' or '-' or '\u2013' or ' '))
            {
                break;
            }
        }

        return open + 1;
    }

    /// <summary>"twofold", "three-fold" (but not "five-fold cross-validation", a count).</summary>
    private static bool TryFoldWord(ReadOnlySpan<char> s, int start, int end, out double value)
    {
        value = 0;
        var token = s[start..end];
        if (token.Length <= 4 || !token.EndsWith("fold", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var count = token[..^4].TrimEnd('-');
        foreach (var (word, number) in NumberLexicon.FoldWords)
        {
            if (count.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                value = number;
                return !IsCrossValidation(s, end);
            }
        }

        return false;
    }

    private static bool IsThousandsGroup(ReadOnlySpan<char> s, int q) =>
        q + 3 < s.Length && s[q] == ',' && char.IsAsciiDigit(s[q + 1]) && char.IsAsciiDigit(s[q + 2]) && char.IsAsciiDigit(s[q + 3])
        && (q + 4 == s.Length || !char.IsAsciiDigit(s[q + 4]));

    private static bool IsLeadingDecimalPoint(ReadOnlySpan<char> s, int i) =>
        i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]) && (i == 0 || char.IsWhiteSpace(s[i - 1]) || s[i - 1] is '(' or '=');

    private static bool IsSign(char c) => c is '+' or '-' or '\u2212' or '\u2013';

    private static bool IsSignContext(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '{' or ',' or ';' or ':' or '=' or '~' or '\u2248' or '/' or '"' or '\'' or '\u201C' or '\u2018';

    private static bool IsExcludedByPrefix(ReadOnlySpan<char> s, int start)
    {
        // Currencies, ranks, sections, exponents, spreads and dimensions: "$5", "#1", "§3", "10^5", "±0.3", "224×224".
        if (start > 0 && s[start - 1] is '$' or '\u20AC' or '\u00A3' or '\u00A5' or '#' or '\u00A7' or '^' or '\u00B1' or '@' or '\u00D7' or '\\')
        {
            return true;
        }

        var before = s[..start].TrimEnd();
        return before.EndsWith('\u00B1') || before.EndsWith("+/-", StringComparison.Ordinal) || before.EndsWith("+/", StringComparison.Ordinal);
    }
}
