using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace FineTuneGraph.Corpus;

/// <summary>The rules that decide when two records are the same paper.</summary>
public static partial class PaperIdentity
{
    /// <summary>The identity of a paper: arXiv id, else DOI, else title slug.</summary>
    public static string IdFor(string? arxivId, string? doi, string title) =>
        arxivId ?? doi ?? Slug(title);

    /// <summary>Lower case; every run of characters other than a–z and 0–9 becomes one '-'; no '-' at either end.</summary>
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

    [GeneratedRegex(@"(?<!\d)(?<id>\d{4}\.\d{4,5})(?:v\d+)?(?!\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ModernArxivId();

    [GeneratedRegex(@"(?<![A-Za-z])(?<id>[a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LegacyArxivId();

    [GeneratedRegex(@"10\.\d{4,9}/\S+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Doi();
}
