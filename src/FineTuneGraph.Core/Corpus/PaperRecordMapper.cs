using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace FineTuneGraph.Corpus;

/// <summary>
/// Turns one JSON record into a <see cref="Paper"/>, recognising the schema by its fields: the arXiv metadata
/// snapshot (<c>id</c>, <c>title</c>, <c>abstract</c>, <c>authors_parsed</c>, <c>versions</c>…), the Hugging Face
/// papers API (<c>id</c>, <c>title</c>, <c>summary</c>, <c>authors[].name</c>, <c>publishedAt</c>, also wrapped as
/// <c>{ "paper": … }</c>), OpenAlex works (<c>display_name</c>, <c>abstract_inverted_index</c>, <c>doi</c>,
/// <c>authorships</c>…), and any object with a title and an abstract or summary.
/// </summary>
internal static partial class PaperRecordMapper
{
    /// <summary>The paper, or why the record is not one; <paramref name="RepairedStrings"/> counts strings read with U+FFFD for a lone surrogate.</summary>
    internal sealed record Result(Paper? Paper, CorpusProblemKind? Problem, string? Reason, int RepairedStrings = 0);

    /// <summary>The records inside one top-level JSON value: an array's items, an OpenAlex page's <c>results</c>, or the value itself.</summary>
    public static IEnumerable<JsonElement> Records(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            return value.EnumerateArray();
        }

        if (value.ValueKind == JsonValueKind.Object && value.TryGetProperty("results", out var results) && results.ValueKind == JsonValueKind.Array)
        {
            return results.EnumerateArray();
        }

        return [value];
    }

    /// <summary>
    /// The paper of one record. Fields of an unexpected type are treated as missing; a record that still cannot be
    /// read (a value the schema cannot make sense of) is refused with the reason, and never ends the read.
    /// </summary>
    public static Result Map(JsonElement record, SourceLocation location)
    {
        if (record.ValueKind != JsonValueKind.Object)
        {
            return new Result(null, CorpusProblemKind.InvalidJson, $"expected a JSON object, found {record.ValueKind.ToString().ToLowerInvariant()}");
        }

        var text = new JsonText();
        try
        {
            return Map(record, location, text);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException or OverflowException or RegexMatchTimeoutException)
        {
            return new Result(null, CorpusProblemKind.InvalidJson, $"record with content that cannot be read, skipped: {ex.Message}");
        }
    }

    private static Result Map(JsonElement record, SourceLocation location, JsonText text)
    {
        string? String(JsonElement element, string name) => text.StringOf(element, name);
        string? Nested(JsonElement element, string outer, string inner) =>
            element.ValueKind == JsonValueKind.Object && element.TryGetProperty(outer, out var value) ? text.StringOf(value, inner) : null;

        var paper = record.TryGetProperty("paper", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : record;
        var title = Clean(String(paper, "title") ?? String(paper, "display_name") ?? String(record, "title"));
        var @abstract = Clean(String(paper, "abstract") ?? String(paper, "summary")
            ?? (paper.TryGetProperty("abstract_inverted_index", out var index) ? OpenAlexAbstract.Rebuild(index, text) : null));

        if (title is null)
        {
            return new Result(null, CorpusProblemKind.MissingTitle, "record without a title (looked for title, display_name), skipped");
        }

        if (@abstract is null)
        {
            return new Result(null, CorpusProblemKind.MissingAbstract, $"record without an abstract (looked for abstract, summary, abstract_inverted_index), skipped: \"{Shorten(title)}\"");
        }

        var doi = PaperIdentity.NormalizeDoi(String(paper, "doi") ?? Nested(paper, "ids", "doi"));
        var arxivId = ArxivIdOf(paper, doi, text);
        return new Result(
            new Paper
            {
                Id = PaperIdentity.IdFor(arxivId, doi, title, @abstract),
                Title = title,
                Abstract = @abstract,
                Source = location,
                ArxivId = arxivId,
                Doi = doi,
                Url = UrlOf(paper, arxivId, doi, text),
                Authors = AuthorsOf(paper, text),
                Categories = String(paper, "categories")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [],
                Published = PublishedOf(paper, text),
            },
            null,
            null,
            text.Repaired);
    }

    private static string? ArxivIdOf(JsonElement paper, string? doi, JsonText text)
    {
        string? String(JsonElement element, string name) => text.StringOf(element, name);

        foreach (var name in (string[])["arxiv_id", "arxivId", "id"])
        {
            if (String(paper, name) is { } candidate && WholeArxivId().IsMatch(candidate.Trim()))
            {
                return PaperIdentity.NormalizeArxivId(candidate);
            }
        }

        if (Nested(paper, "ids", "arxiv", text) is { } openAlexArxiv)
        {
            return PaperIdentity.NormalizeArxivId(openAlexArxiv);
        }

        if (doi is not null && doi.Contains("arxiv", StringComparison.Ordinal))
        {
            return PaperIdentity.NormalizeArxivId(doi);
        }

        var landing = Nested(paper, "primary_location", "landing_page_url", text) ?? String(paper, "url");
        return landing is not null && landing.Contains("arxiv.org/", StringComparison.OrdinalIgnoreCase) ? PaperIdentity.NormalizeArxivId(landing) : null;
    }

    private static string? UrlOf(JsonElement paper, string? arxivId, string? doi, JsonText text) =>
        text.StringOf(paper, "url")
        ?? Nested(paper, "primary_location", "landing_page_url", text)
        ?? (arxivId is not null ? $"https://arxiv.org/abs/{arxivId}" : null)
        ?? (doi is not null ? $"https://doi.org/{doi}" : null);

    private static IReadOnlyList<string> AuthorsOf(JsonElement paper, JsonText text)
    {
        if (paper.TryGetProperty("authors_parsed", out var parsed) && parsed.ValueKind == JsonValueKind.Array)
        {
            return parsed.EnumerateArray()
                .Where(a => a.ValueKind == JsonValueKind.Array && a.GetArrayLength() >= 2)
                .Select(a => Clean($"{text.StringOf(a[1])} {text.StringOf(a[0])} {(a.GetArrayLength() > 2 ? text.StringOf(a[2]) : null)}"))
                .OfType<string>()
                .ToArray();
        }

        if (paper.TryGetProperty("authorships", out var authorships) && authorships.ValueKind == JsonValueKind.Array)
        {
            return authorships.EnumerateArray().Select(a => Clean(Nested(a, "author", "display_name", text))).OfType<string>().ToArray();
        }

        if (paper.TryGetProperty("authors", out var authors))
        {
            if (authors.ValueKind == JsonValueKind.Array)
            {
                return authors.EnumerateArray()
                    .Select(a => Clean(text.StringOf(a) ?? text.StringOf(a, "name")))
                    .OfType<string>()
                    .ToArray();
            }

            if (text.StringOf(authors) is { } list)
            {
                return AuthorSeparator().Split(list).Select(Clean).OfType<string>().ToArray();
            }
        }

        return [];
    }

    private static DateOnly? PublishedOf(JsonElement paper, JsonText text)
    {
        string? String(JsonElement element, string name) => text.StringOf(element, name);

        if (paper.TryGetProperty("versions", out var versions) && versions.ValueKind == JsonValueKind.Array && versions.GetArrayLength() > 0
            && String(versions[0], "created") is { } created
            && DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var first))
        {
            return DateOnly.FromDateTime(first.UtcDateTime);
        }

        foreach (var name in (string[])["publishedAt", "publication_date", "published", "update_date", "date"])
        {
            if (String(paper, name) is { } value && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                return DateOnly.FromDateTime(date.UtcDateTime);
            }
        }

        return null;
    }

    private static string? Nested(JsonElement element, string outer, string inner, JsonText text) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(outer, out var value) ? text.StringOf(value, inner) : null;

    private static string? Clean(string? text) => text is null ? null : TextCleanup.CollapseWhitespace(text) is { Length: > 0 } clean ? clean : null;

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    [GeneratedRegex(@"^(?:arXiv:)?(?:\d{4}\.\d{4,5}|[a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?/\d{7})(?:v\d+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WholeArxivId();

    [GeneratedRegex(@"\s*(?:,|\band\b)\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AuthorSeparator();
}
