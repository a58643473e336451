using System.Buffers;
using System.Runtime.CompilerServices;

namespace FineTuneGraph.Corpus;

/// <summary>One line of bytes (without the line break); <see cref="Bytes"/> is valid until the next line is read.</summary>
internal readonly record struct RawLine(long Number, ReadOnlyMemory<byte> Bytes, long Length, bool TooLong);

/// <summary>
/// Reads lines of bytes from a stream with a size limit: a line longer than the limit is reported as too long
/// and skipped without ever being held in memory, so one huge line cannot exhaust it.
/// </summary>
internal static class LineReader
{
    private const int ChunkSize = 64 * 1024;

    public static async IAsyncEnumerable<RawLine> ReadAsync(Stream stream, long maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var line = new ArrayBufferWriter<byte>(4096);
        long number = 1;
        long length = 0;
        var tooLong = false;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                var start = 0;
                while (start < read)
                {
                    var newline = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                    var end = newline < 0 ? read : newline;
                    var piece = end - start;
                    length += piece;
                    if (!tooLong && length > maxLineBytes)
                    {
                        tooLong = true;
                        line.ResetWrittenCount();
                    }

                    if (!tooLong)
                    {
                        line.Write(chunk.AsSpan(start, piece));
                    }

                    if (newline < 0)
                    {
                        break;
                    }

                    yield return Complete(number++, line, length, tooLong);
                    line.ResetWrittenCount();
                    length = 0;
                    tooLong = false;
                    start = newline + 1;
                }
            }

            if (length > 0 || tooLong)
            {
                yield return Complete(number, line, length, tooLong);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static RawLine Complete(long number, ArrayBufferWriter<byte> line, long length, bool tooLong)
    {
        var bytes = line.WrittenMemory;
        if (!tooLong && bytes.Length > 0 && bytes.Span[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
            length--;
        }

        return new RawLine(number, bytes, length, tooLong);
    }
}
