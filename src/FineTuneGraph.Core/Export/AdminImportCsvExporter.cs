using System.Collections;
using System.Globalization;
using System.Text;
using CsvHelper;
using FineTuneGraph.Graph;

namespace FineTuneGraph.Export;

/// <summary>
/// The graph as CSV files in the header format of <c>neo4j-admin database import</c>: one file per node label and
/// per relationship type and end labels, typed columns (<c>:long</c>, <c>:double</c>, <c>:boolean</c>,
/// <c>:string[]</c>…), ID spaces per label. Array items are separated by U+001F (unit separator), which abstracts
/// do not contain, so sentences with ';' survive; <c>import.sh</c> passes it to neo4j-admin.
/// </summary>
public static class AdminImportCsvExporter
{
    public const char ArrayDelimiter = '\u001F';

    public static async Task<IReadOnlyList<string>> WriteAsync(ExportedGraph graph, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var files = new List<string>();
        var nodeFiles = new List<string>();
        var relationshipFiles = new List<string>();
        foreach (var group in graph.Nodes().GroupBy(n => n.Label))
        {
            var name = $"nodes-{GraphVocabulary.Checked(group.Key)}.csv";
            var keyProperty = group.First().KeyProperty;
            var columns = Columns(group.Select(n => n.Properties), exclude: keyProperty);
            var header = new[] { $"{keyProperty}:ID({group.Key})" }.Concat(columns.Select(c => c.Header)).Append(":LABEL");
            await WriteFileAsync(Path.Combine(directory, name), header, group.Select(n =>
                new[] { n.Key }.Concat(columns.Select(c => Cell(n.Properties.GetValueOrDefault(c.Name)))).Append(group.Key)), cancellationToken).ConfigureAwait(false);
            nodeFiles.Add(name);
        }

        foreach (var group in graph.Relationships().GroupBy(r => (r.Type, r.FromLabel, r.ToLabel)))
        {
            var name = $"relationships-{GraphVocabulary.Checked(group.Key.Type)}-{GraphVocabulary.Checked(group.Key.FromLabel)}-{GraphVocabulary.Checked(group.Key.ToLabel)}.csv";
            var columns = Columns(group.Select(r => r.Properties), exclude: null);
            var header = new[] { $":START_ID({group.Key.FromLabel})", $":END_ID({group.Key.ToLabel})" }.Concat(columns.Select(c => c.Header)).Append(":TYPE");
            await WriteFileAsync(Path.Combine(directory, name), header, group.Select(r =>
                new[] { r.FromKey, r.ToKey }.Concat(columns.Select(c => Cell(r.Properties.GetValueOrDefault(c.Name)))).Append(group.Key.Type)), cancellationToken).ConfigureAwait(false);
            relationshipFiles.Add(name);
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "import.sh"), ImportScript(nodeFiles, relationshipFiles), cancellationToken).ConfigureAwait(false);
        files.AddRange(nodeFiles);
        files.AddRange(relationshipFiles);
        files.Add("import.sh");
        return files;
    }

    private sealed record Column(string Name, string Header);

    private static List<Column> Columns(IEnumerable<IReadOnlyDictionary<string, object?>> rows, string? exclude)
    {
        var types = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var (name, value) in row)
            {
                if (name != exclude && value is not null && (!types.TryGetValue(name, out var known) || known == "string[]" && value is IEnumerable and not string))
                {
                    types[name] = TypeOf(value, types.GetValueOrDefault(name));
                }
            }
        }

        return types.Select(t => new Column(t.Key, t.Value == "string" ? t.Key : $"{t.Key}:{t.Value}")).ToList();
    }

    /// <summary>The column type; an empty array is a string array until an item says otherwise.</summary>
    private static string TypeOf(object value, string? known) => value switch
    {
        string => "string",
        bool => "boolean",
        long or int => "long",
        double => "double",
        IEnumerable items => items.Cast<object?>().FirstOrDefault() switch
        {
            long or int => "long[]",
            double => "double[]",
            bool => "boolean[]",
            null => known ?? "string[]",
            _ => "string[]",
        },
        _ => "string",
    };

    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IEnumerable items => string.Join(ArrayDelimiter, items.Cast<object?>().Select(Cell)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static async Task WriteFileAsync(string path, IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows, CancellationToken cancellationToken)
    {
        var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await using (writer.ConfigureAwait(false))
        {
            using var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, true);
            csv.WriteHeader(header.ToArray());
            foreach (var row in rows)
            {
                await csv.WriteRecordAsync(row.ToArray(), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string ImportScript(IEnumerable<string> nodes, IEnumerable<string> relationships)
    {
        var builder = new StringBuilder();
        builder.AppendLine("#!/usr/bin/env bash");
        builder.AppendLine("# Imports this export into an empty, stopped Neo4j 5 database (neo4j-admin must be on PATH).");
        builder.AppendLine("# Usage: ./import.sh [DATABASE]   (default: neo4j). Then start Neo4j and run `ftg build` to add the constraints.");
        builder.AppendLine("set -euo pipefail");
        builder.AppendLine("cd \"$(dirname \"$0\")\"");
        builder.Append("neo4j-admin database import full \"${1:-neo4j}\" --array-delimiter=$'\\x1f' --multiline-fields=true");
        foreach (var file in nodes)
        {
            builder.Append(CultureInfo.InvariantCulture, $" \\\n  --nodes={file}");
        }

        foreach (var file in relationships)
        {
            builder.Append(CultureInfo.InvariantCulture, $" \\\n  --relationships={file}");
        }

        return builder.AppendLine().ToString();
    }
}
