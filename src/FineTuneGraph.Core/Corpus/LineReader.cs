using System.Buffers;
using System.Runtime.CompilerServices;

namespace FineTuneGraph.Corpus;

/// <summary>One line of bytes (without the line break); <see cref="Bytes"/> is valid until the next line is read.</summary>
internal readonly record struct RawLine(long Number, ReadOnlyMemory<byte> Bytes, long Length, bool TooLong);

/// <summary>
/// Reads lines of bytes from a stream with a size limit: a line longer than the limit is reported as too long
/// and skipped without ever being held in memory, so one huge line cannot exhaust it. A line ends at LF, CRLF or a
/// lone CR (files saved by old Mac software), so a file with CR line ends is not read as one huge line.
/// </summary>
internal static class LineReader
{
    private const int ChunkSize = 64 * 1024;

    /// <param name="stream">The bytes.</param>
    /// <param name="maxLineBytes">The longest line held; longer ones come back with <see cref="RawLine.TooLong"/> and no bytes.</param>
    /// <param name="firstLineNumber">The number of the first line (blank lines before the stream was handed on are counted).</param>
    /// <param name="maxFirstLineBytes">The limit of the first line, when it differs (a line that may be a whole JSON document).</param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static async IAsyncEnumerable<RawLine> ReadAsync(Stream stream, long maxLineBytes, long firstLineNumber = 1, long? maxFirstLineBytes = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        var line = new ArrayBufferWriter<byte>(4096);
        var number = firstLineNumber;
        var limit = maxFirstLineBytes ?? maxLineBytes;
        long length = 0;
        var tooLong = false;
        var afterCr = false;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
            {
                var start = 0;
                if (afterCr && chunk[0] == (byte)'\n')
                {
                    start = 1; // the LF of a CRLF split between two reads
                }

                afterCr = false;
                while (start < read)
                {
                    var end = chunk.AsSpan(start, read - start).IndexOfAny((byte)'\n', (byte)'\r');
                    end = end < 0 ? read : start + end;
                    var piece = end - start;
                    length += piece;
                    if (!tooLong && length > limit)
                    {
                        tooLong = true;
                        line.ResetWrittenCount();
                    }

                    if (!tooLong)
                    {
                        line.Write(chunk.AsSpan(start, piece));
                    }

                    if (end == read)
                    {
                        break;
                    }

                    yield return new RawLine(number++, tooLong ? ReadOnlyMemory<byte>.Empty : line.WrittenMemory, length, tooLong);
                    line.ResetWrittenCount();
                    length = 0;
                    tooLong = false;
                    limit = maxLineBytes;
                    start = end + 1;
                    if (chunk[end] == (byte)'\r')
                    {
                        if (start == read)
                        {
                            afterCr = true;
                        }
                        else if (chunk[start] == (byte)'\n')
                        {
                            start++;
                        }
                    }
                }
            }

            if (length > 0 || tooLong)
            {
                yield return new RawLine(number, tooLong ? ReadOnlyMemory<byte>.Empty : line.WrittenMemory, length, tooLong);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }
}
