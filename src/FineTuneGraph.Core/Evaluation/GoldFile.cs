using System.Text.Json;

namespace FineTuneGraph.Evaluation;

/// <summary>Reads gold (and predicted) files: JSON Lines, one <see cref="GoldRecord"/> per non-blank line.</summary>
public static class GoldFile
{
    /// <summary>Reads every record of a file.</summary>
    /// <exception cref="GoldFileException">A line is not a valid record, or an id occurs twice; the message names file and line.</exception>
    /// <exception cref="GoldFileException">Also when there is no such file, or it cannot be read.</exception>
    public static async Task<IReadOnlyList<GoldRecord>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        StreamReader reader;
        try
        {
            reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new GoldFileException(path, "no such gold file", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GoldFileException(path, $"the gold file cannot be read: {ex.Message}", ex);
        }

        using (reader)
        {
            return await ReadAsync(reader, path, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads every record from a reader; <paramref name="name"/> is used in error messages.</summary>
    /// <exception cref="GoldFileException">A line is not a valid record, or an id occurs twice.</exception>
    public static async Task<IReadOnlyList<GoldRecord>> ReadAsync(TextReader reader, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var records = new List<GoldRecord>();
        var firstLineOfId = new Dictionary<string, long>(StringComparer.Ordinal);
        long lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            GoldRecord record;
            try
            {
                record = GoldRecord.Parse(line);
            }
            catch (JsonException exception)
            {
                throw new GoldFileException(name, lineNumber, exception.Message, exception);
            }

            // Scoring pairs papers by id: a second line with the same id would be scored as a paper nobody predicted.
            if (!firstLineOfId.TryAdd(record.Id, lineNumber))
            {
                throw new GoldFileException(name, lineNumber, $"id '{record.Id}' already occurs on line {firstLineOfId[record.Id]}");
            }

            records.Add(record);
        }

        return records;
    }
}
