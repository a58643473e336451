using System.IO.Compression;
using System.Text;

namespace FineTuneGraph.Corpus;

/// <summary>Opens an input, undoes gzip, and tells its format from the first bytes, or why it cannot be read.</summary>
internal static class InputSniffer
{
    private const int HeadSize = 64 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The opened content, or why not; <paramref name="FirstByte"/> is the first byte that is not white space.</summary>
    internal sealed record Sniffed(Stream? Stream, CorpusFormat Format, byte FirstByte, CorpusProblemKind? Problem, string? Reason);

    public static async Task<Sniffed> OpenAsync(CorpusInput input, CorpusFormat requested, CancellationToken cancellationToken)
    {
        var raw = input.Open();
        try
        {
            var (head, count) = await ReadHeadAsync(raw, 2, cancellationToken).ConfigureAwait(false);
            Stream stream = new PrefixedStream(head, count, raw);
            if (count == 2 && head[0] == 0x1F && head[1] == 0x8B)
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            byte[] text;
            try
            {
                (text, count) = await ReadHeadAsync(stream, HeadSize, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException ex)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
                return Refuse(CorpusProblemKind.CorruptGzip, $"corrupt gzip, file skipped: {ex.Message}");
            }

            var content = new PrefixedStream(text, count, stream);
            var problem = Inspect(text.AsSpan(0, count), requested, out var format, out var first);
            if (problem is not null)
            {
                await content.DisposeAsync().ConfigureAwait(false);
                return problem;
            }

            return new Sniffed(content, format, first, null, null);
        }
        catch
        {
            await raw.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static Sniffed? Inspect(ReadOnlySpan<byte> head, CorpusFormat requested, out CorpusFormat format, out byte first)
    {
        format = requested;
        first = 0;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Refuse(CorpusProblemKind.NotText, "UTF-16 text, file skipped; save it as UTF-8");
        }

        if (head.Trim(" \t\r\n"u8).IsEmpty)
        {
            return Refuse(CorpusProblemKind.EmptyFile, "empty file, nothing to read");
        }

        if (head.Contains((byte)0))
        {
            return Refuse(CorpusProblemKind.NotText, "binary file (it contains NUL bytes), file skipped");
        }

        if (!IsValidUtf8Prefix(head, out var offset))
        {
            return Refuse(CorpusProblemKind.NotText, $"not UTF-8 text (invalid byte at offset {offset}), file skipped; save it as UTF-8");
        }

        var start = head.TrimStart(" \t\r\n"u8);
        first = start[0];
        if (first == (byte)'<')
        {
            return Refuse(CorpusProblemKind.Html,
                "HTML (or XML), file skipped: FineTuneGraph does not strip markup, because a saved web page mixes the abstracts with menus and scripts. Save the page as plain text (the browser's 'Save as… Text', or copy and paste), or use the site's JSON API.");
        }

        if (requested == CorpusFormat.Auto)
        {
            format = start[0] switch
            {
                (byte)'[' => CorpusFormat.Json,
                (byte)'{' => FirstLineIsJson(start) ? CorpusFormat.JsonLines : CorpusFormat.Json,
                _ => CorpusFormat.Text,
            };
        }

        return null;
    }

    private static bool FirstLineIsJson(ReadOnlySpan<byte> text)
    {
        var newline = text.IndexOf((byte)'\n');
        var line = newline < 0 ? text : text[..newline];
        var reader = new System.Text.Json.Utf8JsonReader(line);
        try
        {
            return reader.Read() && reader.TrySkip() && !reader.Read();
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
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

    private static async Task<(byte[] Buffer, int Count)> ReadHeadAsync(Stream stream, int size, CancellationToken cancellationToken)
    {
        var buffer = new byte[size];
        var count = 0;
        int read;
        while (count < size && (read = await stream.ReadAsync(buffer.AsMemory(count, size - count), cancellationToken).ConfigureAwait(false)) > 0)
        {
            count += read;
        }

        return (buffer, count);
    }

    private static Sniffed Refuse(CorpusProblemKind kind, string reason) => new(null, CorpusFormat.Auto, 0, kind, reason);
}
