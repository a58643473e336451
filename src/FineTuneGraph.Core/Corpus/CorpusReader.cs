using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Corpus;

/// <summary>
/// Streams papers from files, folders and standard input in any supported format. Bad inputs and records are
/// reported to the <see cref="CorpusReport"/> with their location and skipped; the rest of the work goes on.
/// Memory does not grow with the size of a file: records are read one at a time.
/// </summary>
public sealed partial class CorpusReader(IOptions<CorpusOptions> options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private CorpusOptions Options => options.Value;

    /// <summary>Reads every input and, unless <see cref="CorpusOptions.MergeDuplicates"/> is off, merges records of the same paper (see <see cref="DuplicateMerger"/>).</summary>
    public IAsyncEnumerable<Paper> ReadAsync(IReadOnlyList<CorpusInput> inputs, CorpusFormat format, CorpusReport report, CancellationToken cancellationToken = default) =>
        Options.MergeDuplicates
            ? new DuplicateMerger(report, Options.TitleOnlyHoldBack).MergeAsync(ReadRecordsAsync(inputs, format, report, cancellationToken), cancellationToken)
            : CountEmitted(ReadRecordsAsync(inputs, format, report, cancellationToken), report, cancellationToken);

    /// <summary>Reads every input, one paper per record, without merging duplicates.</summary>
    public async IAsyncEnumerable<Paper> ReadRecordsAsync(IReadOnlyList<CorpusInput> inputs, CorpusFormat format, CorpusReport report, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var input in inputs)
        {
            await foreach (var paper in ReadInputAsync(input, format, report, cancellationToken).ConfigureAwait(false))
            {
                report.PaperRead(paper.Source.File);
                yield return WithinLimits(paper, report);
            }
        }
    }

    // Cut before anything keys on the text: a title-only paper's id comes from the title (and abstract) it is kept with.
    private Paper WithinLimits(Paper paper, CorpusReport report)
    {
        if (paper.Title.Length <= Options.MaxTitleChars && paper.Abstract.Length <= Options.MaxAbstractChars)
        {
            return paper;
        }

        var title = TextLimit.Cut(paper.Title, Options.MaxTitleChars);
        var @abstract = TextLimit.Cut(paper.Abstract, Options.MaxAbstractChars);
        var cut = new List<string>(2);
        if (title.Length < paper.Title.Length)
        {
            cut.Add($"title of {paper.Title.Length:N0} characters cut to {title.Length:N0} (Corpus:MaxTitleChars is {Options.MaxTitleChars:N0})");
        }

        if (@abstract.Length < paper.Abstract.Length)
        {
            cut.Add($"abstract of {paper.Abstract.Length:N0} characters cut to {@abstract.Length:N0} (Corpus:MaxAbstractChars is {Options.MaxAbstractChars:N0})");
        }

        report.Add(paper.Source, CorpusProblemKind.Truncated, $"{string.Join("; ", cut)}, paper kept: \"{Shorten(title)}\"");
        var keyedByTitle = paper.ArxivId is null && paper.Doi is null;
        return paper with { Title = title, Abstract = @abstract, Id = keyedByTitle ? PaperIdentity.TitleKey(title, @abstract) : paper.Id };
    }

    private static async IAsyncEnumerable<Paper> CountEmitted(IAsyncEnumerable<Paper> papers, CorpusReport report, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var paper in papers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            report.PaperEmitted();
            yield return paper;
        }
    }

    private async IAsyncEnumerable<Paper> ReadInputAsync(CorpusInput input, CorpusFormat format, CorpusReport report, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        InputSniffer.Sniffed sniffed;
        try
        {
            sniffed = await InputSniffer.OpenAsync(input, format, cancellationToken).ConfigureAwait(false);
        }
        catch (NotAFileException ex)
        {
            report.Add(new SourceLocation(input.Name), CorpusProblemKind.NotAFile, ex.Message);
            yield break;
        }
        catch (IOException ex)
        {
            report.Add(new SourceLocation(input.Name), CorpusProblemKind.ReadError, $"cannot be read, file skipped: {ex.Message}");
            yield break;
        }
        catch (UnauthorizedAccessException ex)
        {
            report.Add(new SourceLocation(input.Name), CorpusProblemKind.ReadError, $"cannot be read, file skipped: {ex.Message}");
            yield break;
        }

        if (sniffed.Stream is not { } stream)
        {
            report.Add(new SourceLocation(input.Name), sniffed.Problem!.Value, sniffed.Reason!);
            yield break;
        }

        report.FileRead();
        await using (stream.ConfigureAwait(false))
        {
            var papers = sniffed.Format switch
            {
                CorpusFormat.JsonLines => ReadJsonLinesAsync(stream, sniffed.FirstLine, sniffed.FirstLineMayBeDocument, input.Name, report, cancellationToken),
                CorpusFormat.Json => ReadJsonAsync(stream, sniffed.FirstByte, input.Name, report, cancellationToken),
                _ => ReadPageDumpAsync(stream, sniffed.FirstLine, input.Name, report, cancellationToken),
            };

            // A failure part-way (corrupt gzip, bad bytes, an I/O error) ends this file only; what was read stays.
            await using var enumerator = papers.GetAsyncEnumerator(cancellationToken);
            while (true)
            {
                var moved = false;
                CorpusProblem? failure = null;
                try
                {
                    moved = await enumerator.MoveNextAsync().ConfigureAwait(false);
                }
                catch (Exception ex) when (FailureOf(ex, input.Name) is { } problem)
                {
                    failure = problem;
                }

                if (failure is not null)
                {
                    report.Add(failure);
                    break;
                }

                if (!moved)
                {
                    break;
                }

                yield return enumerator.Current;
            }
        }
    }

    private static CorpusProblem? FailureOf(Exception exception, string file) => exception switch
    {
        InvalidDataException ex => new CorpusProblem(new SourceLocation(file), CorpusProblemKind.CorruptGzip, $"corrupt gzip, the rest of the file is skipped: {ex.Message}"),
        JsonException ex => new CorpusProblem(new SourceLocation(file), CorpusProblemKind.InvalidJson, $"invalid JSON, the rest of the file is skipped: {ex.Message}"),
        IOException ex => new CorpusProblem(new SourceLocation(file), CorpusProblemKind.ReadError, $"read error, the rest of the file is skipped: {ex.Message}"),
        _ => null,
    };

    private async IAsyncEnumerable<Paper> ReadPageDumpAsync(Stream stream, long firstLine, string file, CorpusReport report, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parser = new PageDumpParser(file, report);
        await foreach (var line in LineReader.ReadAsync(stream, Options.MaxRecordBytes, firstLine, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (line.TooLong)
            {
                report.Add(new SourceLocation(file, line.Number), CorpusProblemKind.TooLarge, TooLargeMessage(line.Length, Options.MaxRecordBytes, "Corpus:MaxRecordBytes"));
                continue;
            }

            if (TextProblem(line.Bytes.Span) is { } problem)
            {
                report.Add(new SourceLocation(file, line.Number), CorpusProblemKind.InvalidText, $"{problem}, line skipped");
                continue;
            }

            if (parser.AddLine(line.Number, StrictUtf8.GetString(line.Bytes.Span)) is { } entry)
            {
                yield return FromPage(entry, file);
            }
        }

        if (parser.Finish() is { } last)
        {
            yield return FromPage(last, file);
        }
    }

    private async IAsyncEnumerable<Paper> ReadJsonLinesAsync(Stream stream, long firstLine, bool firstLineMayBeDocument, string file, CorpusReport report,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A first line longer than MaxRecordBytes is parsed (up to MaxJsonDocumentBytes) and held: when nothing follows,
        // it was a one-line JSON document; when another record follows, it was a record over the limit.
        long? firstLineLimit = firstLineMayBeDocument ? Math.Max(Options.MaxRecordBytes, Options.MaxJsonDocumentBytes) : null;
        JsonDocument? held = null;
        var heldLength = 0L;
        try
        {
            await foreach (var line in LineReader.ReadAsync(stream, Options.MaxRecordBytes, firstLine, firstLineLimit, cancellationToken).ConfigureAwait(false))
            {
                var location = new SourceLocation(file, line.Number);
                if (line.TooLong)
                {
                    report.Add(location, CorpusProblemKind.TooLarge, line.Number == firstLine && firstLineLimit is { } documentLimit
                        ? TooLargeMessage(line.Length, documentLimit, "Corpus:MaxJsonDocumentBytes")
                        : TooLargeMessage(line.Length, Options.MaxRecordBytes, "Corpus:MaxRecordBytes"));
                    continue;
                }

                if (line.Bytes.Span.Trim(" \t\r\f\v"u8).IsEmpty)
                {
                    continue;
                }

                if (held is not null)
                {
                    report.Add(new SourceLocation(file, firstLine), CorpusProblemKind.TooLarge,
                        $"record of {heldLength:N0} bytes is larger than Corpus:MaxRecordBytes ({Options.MaxRecordBytes:N0} bytes), skipped");
                    held.Dispose();
                    held = null;
                }

                if (TextProblem(line.Bytes.Span) is { } problem)
                {
                    report.Add(location, CorpusProblemKind.InvalidText, $"{problem}, line skipped");
                    continue;
                }

                JsonDocument document;
                try
                {
                    var holdIt = line.Number == firstLine && line.Length > Options.MaxRecordBytes;
                    document = JsonDocument.Parse(holdIt ? line.Bytes.ToArray() : line.Bytes);
                    if (holdIt)
                    {
                        (held, heldLength) = (document, line.Length);
                        continue;
                    }
                }
                catch (JsonException ex)
                {
                    report.Add(location, CorpusProblemKind.InvalidJson, $"invalid JSON, line skipped: {ex.Message}");
                    continue;
                }

                using (document)
                {
                    foreach (var paper in MapAll(document.RootElement, location, report))
                    {
                        yield return paper;
                    }
                }
            }

            if (held is not null)
            {
                foreach (var paper in MapAll(held.RootElement, new SourceLocation(file, firstLine), report))
                {
                    yield return paper;
                }
            }
        }
        finally
        {
            held?.Dispose();
        }
    }

    // Why a line is not text: an invalid UTF-8 sequence or a NUL, with its 1-based column (in bytes); null when it is text.
    private static string? TextProblem(ReadOnlySpan<byte> line)
    {
        if (!System.Text.Unicode.Utf8.IsValid(line))
        {
            try
            {
                StrictUtf8.GetCharCount(line);
            }
            catch (DecoderFallbackException ex)
            {
                return $"not UTF-8 text (invalid byte at column {ex.Index + 1})";
            }
        }

        var nul = line.IndexOf((byte)0);
        return nul >= 0 ? $"not text (a NUL byte at column {nul + 1})" : null;
    }

    private async IAsyncEnumerable<Paper> ReadJsonAsync(Stream stream, byte firstByte, string file, CorpusReport report, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (firstByte == (byte)'[')
        {
            // A top-level array is streamed item by item, so its size does not matter.
            long record = 0;
            await foreach (var element in JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(stream, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                record++;
                var location = new SourceLocation(file, Record: record);
                var size = element.GetRawText().Length;
                if (size > Options.MaxRecordBytes)
                {
                    report.Add(location, CorpusProblemKind.TooLarge, TooLargeMessage(size, Options.MaxRecordBytes, "Corpus:MaxRecordBytes"));
                    continue;
                }

                foreach (var paper in MapAll(element, location, report))
                {
                    yield return paper;
                }
            }

            yield break;
        }

        JsonDocument document;
        var limited = new LimitedStream(stream, Options.MaxJsonDocumentBytes);
        try
        {
            document = await JsonDocument.ParseAsync(limited, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException ex)
        {
            report.Add(new SourceLocation(file), CorpusProblemKind.InvalidJson, $"invalid JSON, file skipped: {ex.Message}");
            yield break;
        }
        catch (LimitedStream.LimitExceededException)
        {
            report.Add(new SourceLocation(file), CorpusProblemKind.TooLarge,
                $"JSON document larger than Corpus:MaxJsonDocumentBytes ({Options.MaxJsonDocumentBytes:N0} bytes), file skipped; use JSON Lines or a top-level array for large corpora, which are streamed");
            yield break;
        }

        using (document)
        {
            long record = 0;
            foreach (var element in PaperRecordMapper.Records(document.RootElement))
            {
                record++;
                foreach (var paper in MapAll(element, new SourceLocation(file, Record: record), report))
                {
                    yield return paper;
                }
            }
        }
    }

    private static IEnumerable<Paper> MapAll(JsonElement value, SourceLocation location, CorpusReport report)
    {
        var records = PaperRecordMapper.Records(value).ToArray();
        for (var i = 0; i < records.Length; i++)
        {
            // A JSON Lines line holding a whole page keeps the line number and adds the record number.
            var at = records.Length > 1 && location.Line is not null ? location with { Record = i + 1 } : location;
            var result = PaperRecordMapper.Map(records[i], at);
            if (result.Paper is { } paper)
            {
                if (result.RepairedStrings > 0)
                {
                    report.Add(at, CorpusProblemKind.TextRepaired,
                        $"{result.RepairedStrings} string(s) with a lone UTF-16 surrogate escape (\\ud800-\\udfff without its pair), read with U+FFFD in its place: \"{Shorten(paper.Title)}\"");
                }

                yield return paper;
            }
            else
            {
                report.Add(at, result.Problem!.Value, result.Reason!);
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private static string TooLargeMessage(long length, long limit, string setting) =>
        $"record of {length:N0} bytes is larger than {setting} ({limit:N0} bytes), skipped without loading it";

    private static Paper FromPage(PageDumpParser.Entry entry, string file) => new()
    {
        Id = PaperIdentity.TitleKey(entry.Title, entry.Abstract),
        Title = entry.Title,
        Abstract = entry.Abstract,
        Source = new SourceLocation(file, entry.TitleLine),
    };
}
