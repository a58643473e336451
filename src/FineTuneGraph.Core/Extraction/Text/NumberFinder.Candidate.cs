namespace FineTuneGraph.Extraction;

public static partial class NumberFinder
{
    /// <summary>What becomes of a number.</summary>
    private enum Verdict
    {
        /// <summary>A result number.</summary>
        Keep,

        /// <summary>A unitless number that is no result by itself, but takes the unit of a range's end ("3" in "3-5%").</summary>
        Open,

        /// <summary>No result number.</summary>
        Drop,

        /// <summary>A size or magnitude ("7B", "175 billion"), which also drops the start of its range ("1.3" in "1.3-13B").</summary>
        Size,
    }

    /// <summary>
    /// A number read at some offset of the span: [Start, End) with sign and unit, digits in [DigitsStart, DigitsEnd);
    /// for a range, <see cref="Upper"/> is its second end, and End is past that end's unit.
    /// </summary>
    private readonly record struct Candidate(int Start, int DigitsStart, int DigitsEnd, int End, NumberUnit Unit, Verdict Verdict, int Resume)
    {
        /// <summary>The second end of a range ("90" in "40-90%"); null for a single number.</summary>
        public RangeEnd? Upper { get; init; }

        public static Candidate Excluded(int start, int digitsEnd, Verdict verdict, int resume) =>
            new(start, start, digitsEnd, digitsEnd, NumberUnit.None, verdict, resume);
    }

    /// <summary>The second number of a range: sign at Start, digits in [DigitsStart, DigitsEnd).</summary>
    private readonly record struct RangeEnd(int Start, int DigitsStart, int DigitsEnd);

    /// <summary>The unit after a number, ending at End; Open when there is none; scanning resumes at Resume.</summary>
    private readonly record struct UnitRead(NumberUnit Unit, int End, Verdict Verdict, int Resume)
    {
        public static UnitRead Plain(int end) => new(NumberUnit.None, end, Verdict.Open, end);

        public static UnitRead Found(NumberUnit unit, int end) => new(unit, end, Verdict.Keep, end);

        public static UnitRead Excluded(Verdict verdict, int end, int resume) => new(NumberUnit.None, end, verdict, resume);
    }
}
