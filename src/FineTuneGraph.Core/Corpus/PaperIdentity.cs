using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace FineTuneGraph.Corpus;

/// <summary>The rules that decide when two records are the same paper.</summary>
public static partial class PaperIdentity
{
    /// <summary>The prefix of the id of a paper whose title has no letter or digit: the rest is its <see cref="ContentHash"/>.</summary>
    public const string ContentKeyPrefix = "paper-";

    /// <summary>The identity of a paper: arXiv id, else DOI, else its <see cref="TitleKey"/>.</summary>
    public static string IdFor(string? arxivId, string? doi, string title, string @abstract) =>
        arxivId ?? doi ?? TitleKey(title, @abstract);

    /// <summary>
    /// The key of a paper known only by its title, for every script: the title in NFKC, lower case (invariant),
    /// letters, marks and digits of any script kept and every other run of characters replaced by one '-'. For an
    /// ASCII title this is exactly <see cref="Slug"/>, so the ids of such papers did not change when non-Latin titles
    /// stopped sharing the empty slug. A title with no letter or digit at all ("!!!") has no usable key, so its paper
    /// is keyed by <see cref="ContentKeyPrefix"/> and the hash of its title and abstract: stable across runs, and
    /// different for different papers.
    /// </summary>
    public static string TitleKey(string title, string @abstract)
    {
        if (Ascii.IsValid(title))
        {
            var slug = Slug(title);
            return slug.Length > 0 ? slug : ContentKeyPrefix + ContentHash(title, @abstract);
        }

        var normalized = TextCleanup.ReplaceLoneSurrogates(title).Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(normalized.Length);
        var pendingDash = false;
        Span<char> chars = stackalloc char[2];
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (IsKeyRune(rune))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(chars[..rune.EncodeToUtf16(chars)]);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.Length > 0 ? builder.ToString() : ContentKeyPrefix + ContentHash(title, @abstract);
    }

    /// <summary>
    /// Lower case; every run of characters other than a–z and 0–9 becomes one '-'; no '-' at either end. This is the
    /// convention of the gold files and of entity keys; a paper's identity uses <see cref="TitleKey"/>, which keeps the
    /// letters of every script.
    /// </summary>
    public static string Slug(string title)
    {
        var builder = new StringBuilder(title.Length);
        var pendingDash = false;
        foreach (var c in title.ToLowerInvariant())
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(c);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Finds an arXiv id in an id, URL or DOI ("2403.01234v2", "arXiv:2403.01234", "https://arxiv.org/abs/2403.01234",
    /// "10.48550/arXiv.2403.01234", "hep-th/9901001") and returns it without version; null when there is none.
    /// </summary>
    public static string? NormalizeArxivId(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var modern = ModernArxivId().Match(text);
        if (modern.Success)
        {
            return modern.Groups["id"].Value;
        }

        var legacy = LegacyArxivId().Match(text);
        return legacy.Success ? legacy.Groups["id"].Value.ToLowerInvariant() : null;
    }

    /// <summary>A DOI in lower case without resolver prefix ("https://doi.org/", "doi:"); null when it is not one.</summary>
    public static string? NormalizeDoi(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Doi().Match(text.Trim());
        return match.Success ? match.Value.ToLowerInvariant().TrimEnd('.') : null;
    }

    /// <summary>SHA-256 (first 16 bytes, hex) of title and abstract.</summary>
    public static string ContentHash(string title, string @abstract)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n" + @abstract));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }

    private static bool IsKeyRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.IsNumber(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    [GeneratedRegex(@"(?<!\d)(?<id>\d{4}\.\d{4,5})(?:v\d+)?(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ModernArxivId();

    [GeneratedRegex(@"(?<![A-Za-z])(?<id>[a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LegacyArxivId();

    [GeneratedRegex(@"10\.\d{4,9}/\S+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Doi();
}
