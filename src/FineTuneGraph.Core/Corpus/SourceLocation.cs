using System.Globalization;
using System.Text;

namespace FineTuneGraph.Corpus;

/// <summary>Where a record came from: a file (or standard input), and a line or record number in it.</summary>
/// <param name="File">The path as given (or <c>stdin</c>); inside archives, the archive path.</param>
/// <param name="Line">1-based line number, for line-oriented inputs.</param>
/// <param name="Record">1-based record number, for JSON arrays and pages.</param>
public readonly record struct SourceLocation(string File, long? Line = null, long? Record = null)
{
    /// <summary>The location for people and logs: control characters of the path (a newline in a file name) are escaped, so it stays on one line.</summary>
    public override string ToString()
    {
        var file = Printable(File);
        return (Line, Record) switch
        {
            ({ } line, { } record) => $"{file}:{line} record {record}",
            ({ } line, null) => $"{file}:{line}",
            (null, { } record) => $"{file} record {record}",
            _ => file,
        };
    }

    private static string Printable(string path)
    {
        if (!path.AsSpan().ContainsAnyInRange('\0', '\x1F') && !path.Contains('\x7F', StringComparison.Ordinal))
        {
            return path;
        }

        var builder = new StringBuilder(path.Length + 8);
        foreach (var c in path)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                < ' ' or '\x7F' => builder.Append(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
