using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace FineTuneGraph.Corpus;

/// <summary>
/// Opens an input, undoes gzip, drops a UTF-8 byte order mark and leading blank lines, and tells its format from the
/// first lines, or why it cannot be read. What it looks at does not depend on the size of the first record: a first
/// line longer than the look-ahead is left to <see cref="CorpusFormat.JsonLines"/> reading, which takes it as the whole
/// document when nothing follows it.
/// </summary>
internal static class InputSniffer
{
    private const int HeadSize = 64 * 1024;
    private const int LinesLookedAt = 64;
    private const string StrictGzipSwitch = "System.IO.Compression.UseStrictValidation";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static InputSniffer()
    {
        // .NET reads a truncated gzip as if it had ended unless this switch is on; the hosts turn it on in their
        // runtimeconfig (Directory.Build.props), this covers any other host that has not used a DeflateStream yet.
        if (!AppContext.TryGetSwitch(StrictGzipSwitch, out _))
        {
            AppContext.SetSwitch(StrictGzipSwitch, true);
        }
    }

    /// <summary>
    /// The opened content, or why not. <paramref name="FirstByte"/> is the first byte that is not white space;
    /// <paramref name="FirstLine"/> the line number the content starts at (blank lines before it are skipped);
    /// <paramref name="FirstLineMayBeDocument"/> is set for JSON Lines whose first line might be a whole one-line JSON
    /// document rather than a record (it is read as one when nothing follows it).
    /// </summary>
    internal sealed record Sniffed(Stream? Stream, CorpusFormat Format, byte FirstByte, CorpusProblemKind? Problem, string? Reason,
        long FirstLine = 1, bool FirstLineMayBeDocument = false);

    private enum JsonLineShape
    {
        Complete,
        Incomplete,
        Invalid,
    }

    public static async Task<Sniffed> OpenAsync(CorpusInput input, CorpusFormat requested, CancellationToken cancellationToken)
    {
        var raw = input.Open();
        try
        {
            var (magic, count) = await ReadAsync(raw, new byte[2], 0, cancellationToken).ConfigureAwait(false);
            Stream stream = new PrefixedStream(magic, count, raw);
            if (count == 2 && magic[0] == 0x1F && magic[1] == 0x8B)
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            Head head;
            try
            {
                head = await ReadHeadAsync(stream, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException ex)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
                return Refuse(CorpusProblemKind.CorruptGzip, $"truncated or corrupt gzip, file skipped: {ex.Message}");
            }

            var content = new PrefixedStream(head.Bytes, head.Count, stream);
            var problem = Inspect(head, requested, out var format, out var first, out var mayBeDocument);
            if (problem is not null)
            {
                await content.DisposeAsync().ConfigureAwait(false);
                return problem;
            }

            return new Sniffed(content, format, first, null, null, head.FirstLine, mayBeDocument);
        }
        catch
        {
            await raw.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The first bytes from the first line that is not blank; <see cref="Utf16Bom"/> when the content starts with a UTF-16 byte order mark.</summary>
    private sealed record Head(byte[] Bytes, int Count, long FirstLine, bool Utf16Bom)
    {
        public ReadOnlySpan<byte> Span => Bytes.AsSpan(0, Count);
    }

    // Leading blank lines are read past and counted (whatever their length, in constant memory), so that a file
    // starting with a megabyte of blank lines is judged by its content, and line numbers stay right.
    private static async Task<Head> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[HeadSize];
        var (_, count) = await ReadAsync(stream, buffer, 0, cancellationToken).ConfigureAwait(false);
        var start = 0;
        if (buffer.AsSpan(0, count).StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || buffer.AsSpan(0, count).StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new Head(buffer, count, 1, Utf16Bom: true);
        }

        if (buffer.AsSpan(0, count).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            start = 3;
        }

        long line = 1;
        while (true)
        {
            var span = buffer.AsSpan(start, count - start);
            var content = span.IndexOfAnyExcept(" \t\r\n\f\v"u8);
            var blank = content < 0 ? span : span[..content];
            line += blank.Count((byte)'\n');
            if (content >= 0 || count < buffer.Length)
            {
                // Keep the line the content is on from its start, and fill the head up again.
                var lineStart = start + blank.LastIndexOf((byte)'\n') + 1;
                var kept = count - lineStart;
                Buffer.BlockCopy(buffer, lineStart, buffer, 0, kept);
                (_, count) = await ReadAsync(stream, buffer, kept, cancellationToken).ConfigureAwait(false);
                return new Head(buffer, count, line, Utf16Bom: false);
            }

            // All blank so far and more to come: drop it (only the newlines count) and read on.
            start = 0;
            (_, count) = await ReadAsync(stream, buffer, 0, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Sniffed? Inspect(Head head, CorpusFormat requested, out CorpusFormat format, out byte first, out bool mayBeDocument)
    {
        format = requested;
        first = 0;
        mayBeDocument = false;
        var text = head.Span;
        if (head.Utf16Bom)
        {
            return Refuse(CorpusProblemKind.NotText, "UTF-16 text, file skipped; save it as UTF-8");
        }

        if (text.Trim(" \t\r\n\f\v"u8).IsEmpty)
        {
            return Refuse(CorpusProblemKind.EmptyFile, "empty file, nothing to read");
        }

        if (LooksLikeUtf16(text))
        {
            return Refuse(CorpusProblemKind.NotText, "UTF-16 text without a byte order mark (every other byte is NUL), file skipped; save it as UTF-8");
        }

        if (LooksBinary(text))
        {
            return Refuse(CorpusProblemKind.NotText, "binary file (it contains NUL bytes), file skipped");
        }

        var start = text.TrimStart(" \t\r\n\f\v"u8);
        first = start[0];
        if (first == (byte)'<')
        {
            return Refuse(CorpusProblemKind.Html,
                "HTML (or XML), file skipped: FineTuneGraph does not strip markup, because a saved web page mixes the abstracts with menus and scripts. Save the page as plain text (the browser's 'Save as… Text', or copy and paste), or use the site's JSON API.");
        }

        if (requested == CorpusFormat.Auto)
        {
            format = Detect(text, out mayBeDocument);
        }

        // A page dump's encoding is the whole file's: one invalid byte at its start means it is not UTF-8. JSON is
        // read record by record, so there an invalid byte costs only its line.
        if (format == CorpusFormat.Text && !IsValidUtf8Prefix(text, out var offset))
        {
            return Refuse(CorpusProblemKind.NotText, $"not UTF-8 text (invalid byte at offset {offset}), file skipped; save it as UTF-8");
        }

        return null;
    }

    private static CorpusFormat Detect(ReadOnlySpan<byte> text, out bool mayBeDocument)
    {
        mayBeDocument = false;
        var lines = new List<(JsonLineShape Shape, byte First)>(LinesLookedAt);
        var rest = text;
        while (lines.Count < LinesLookedAt)
        {
            // A whole line is looked at with its line break, which ends a number or literal at the end of the line.
            var newline = rest.IndexOf((byte)'\n');
            var line = (newline < 0 ? rest : rest[..(newline + 1)]).TrimStart(" \t\r\f\v"u8);
            if (!line.Trim(" \t\r\n\f\v"u8).IsEmpty)
            {
                lines.Add((Shape(line, complete: newline >= 0), line[0]));
            }

            if (newline < 0)
            {
                break;
            }

            rest = rest[(newline + 1)..];
        }

        var (shape, first) = lines[0];
        var lineIsWhole = text.IndexOf((byte)'\n') >= 0;
        switch (first)
        {
            case (byte)'{':
                // A pretty-printed document opens on its first line. Any other first line is a record, or a whole one-line
                // document (longer than the look-ahead, or than MaxRecordBytes): JSON Lines reading tells them apart by
                // whether anything follows it.
                mayBeDocument = true;
                return shape == JsonLineShape.Incomplete && lineIsWhole ? CorpusFormat.Json : CorpusFormat.JsonLines;
            case (byte)'[':
                // An array that opens on the first line is streamed, whatever its size; a first line that is no JSON start
                // at all, or a whole value with more values after it, is JSON Lines, where a bad line costs only itself.
                return shape == JsonLineShape.Invalid || (shape == JsonLineShape.Complete && lines.Count > 1 && lines[1].Shape != JsonLineShape.Incomplete)
                    ? CorpusFormat.JsonLines
                    : CorpusFormat.Json;
            default:
                // JSON Lines may start with values that are not records (1, "x", true): the file is JSON Lines when its
                // first line is a JSON value and a later one is an object.
                return shape == JsonLineShape.Complete && lines.Exists(l => l.First == (byte)'{' && l.Shape == JsonLineShape.Complete)
                    ? CorpusFormat.JsonLines
                    : CorpusFormat.Text;
        }
    }

    // Complete: one JSON value. Incomplete: a valid start that goes on past the end of the line (only when the line is
    // cut by the look-ahead, or ends between tokens, as a pretty-printed document's first line does). Invalid: neither.
    private static JsonLineShape Shape(ReadOnlySpan<byte> line, bool complete)
    {
        var reader = new Utf8JsonReader(line, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.PropertyName))
                {
                    return line[(int)reader.BytesConsumed..].Trim(" \t\r\n"u8).IsEmpty ? JsonLineShape.Complete : JsonLineShape.Invalid;
                }
            }

            // Out of data inside the value. On a whole line, a token cut by the line end (a string, a number) is an error:
            // JSON has no line breaks inside tokens.
            var unread = line[(int)reader.BytesConsumed..].Trim(" \t\r\n"u8);
            return !complete || unread.IsEmpty ? JsonLineShape.Incomplete : JsonLineShape.Invalid;
        }
        catch (JsonException)
        {
            return JsonLineShape.Invalid;
        }
    }

    // UTF-16 of mostly ASCII text: one byte of each pair is NUL, the other printable.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> text)
    {
        var sample = text[..Math.Min(text.Length, 4096)];
        int[] nul = [0, 0];
        int[] printable = [0, 0];
        for (var i = 0; i < sample.Length; i++)
        {
            var b = sample[i];
            nul[i % 2] += b == 0 ? 1 : 0;
            printable[i % 2] += b is >= 0x20 and < 0x7F or (byte)'\n' or (byte)'\r' or (byte)'\t' ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        return pairs >= 8 && ((nul[0] * 10 >= pairs * 9 && printable[1] * 10 >= pairs * 9) || (nul[1] * 10 >= pairs * 9 && printable[0] * 10 >= pairs * 9));
    }

    // Binary: control bytes (other than tab, line ends, form feed and escape) in more than 1 of 200 bytes of the head,
    // or a NUL on a head without any line break. One stray NUL in a text file costs only its line.
    private static bool LooksBinary(ReadOnlySpan<byte> text)
    {
        var controls = 0;
        var nul = false;
        foreach (var b in text)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C or 0x1B))
            {
                controls++;
                nul |= b == 0;
            }
        }

        return controls * 200 > text.Length || (nul && text.IndexOf((byte)'\n') < 0);
    }

    private static bool IsValidUtf8Prefix(ReadOnlySpan<byte> head, out int offset)
    {
        // The head may end inside a multi-byte character; up to 3 trailing bytes are allowed to be incomplete.
        for (var cut = 0; cut <= Math.Min(3, head.Length); cut++)
        {
            try
            {
                StrictUtf8.GetCharCount(head[..^cut]);
                offset = -1;
                return true;
            }
            catch (DecoderFallbackException ex)
            {
                offset = ex.Index;
                if (cut == Math.Min(3, head.Length) || ex.Index < head.Length - 4)
                {
                    return false;
                }
            }
        }

        offset = -1;
        return true;
    }

    private static async Task<(byte[] Buffer, int Count)> ReadAsync(Stream stream, byte[] buffer, int count, CancellationToken cancellationToken)
    {
        int read;
        while (count < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(count, buffer.Length - count), cancellationToken).ConfigureAwait(false)) > 0)
        {
            count += read;
        }

        return (buffer, count);
    }

    private static Sniffed Refuse(CorpusProblemKind kind, string reason) => new(null, CorpusFormat.Auto, 0, kind, reason);
}
