using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FineTuneGraph.Neo4j;

namespace FineTuneGraph.Graph;

/// <summary>
/// Counts per label and relationship type plus a SHA-256 over every node and relationship with all their properties,
/// sorted: two graphs with the same fingerprint hold the same data. Build records (Ingest) are left out.
/// </summary>
public sealed record GraphFingerprint(IReadOnlyDictionary<string, long> Counts, string Hash, IReadOnlyList<string> Lines)
{
    public static async Task<GraphFingerprint> ComputeAsync(ICypherClient client, CancellationToken cancellationToken)
    {
        var nodes = (await client.RunAsync(LoadStatements.Statements("inspect/fingerprint-nodes", new Dictionary<string, object?>()), cancellationToken).ConfigureAwait(false))[0];
        var relationships = (await client.RunAsync(LoadStatements.Statements("inspect/fingerprint-relationships", new Dictionary<string, object?>()), cancellationToken).ConfigureAwait(false))[0];
        var lines = new List<string>();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        for (var row = 0; row < nodes.Rows.Count; row++)
        {
            var labels = ((IEnumerable<object?>)nodes.Value(row, "labels")!).Select(l => (string)l!).Order(StringComparer.Ordinal).ToArray();
            foreach (var label in labels)
            {
                counts[label] = counts.GetValueOrDefault(label) + 1;
            }

            lines.Add("N " + string.Join(":", labels) + " " + Canonical(nodes.Value(row, "props")));
        }

        for (var row = 0; row < relationships.Rows.Count; row++)
        {
            var type = (string)relationships.Value(row, "type")!;
            counts["-" + type + "-"] = counts.GetValueOrDefault("-" + type + "-") + 1;
            lines.Add($"R {type} {relationships.Value(row, "fromLabel")}:{relationships.Value(row, "fromKey")} {relationships.Value(row, "toLabel")}:{relationships.Value(row, "toKey")} {Canonical(relationships.Value(row, "props"))}");
        }

        lines.Sort(StringComparer.Ordinal);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))));
        return new GraphFingerprint(counts, hash, lines);
    }

    /// <summary>Properties as JSON with sorted keys; numbers in invariant form so 3 and 3.0 stay distinct.</summary>
    private static string Canonical(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        bool b => b ? "true" : "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture) + "d",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        IEnumerable<object?> list => "[" + string.Join(",", list.Select(Canonical)) + "]",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>The lines only one of two fingerprints has: what to look at when they differ.</summary>
    public IEnumerable<string> Difference(GraphFingerprint other) =>
        Lines.Except(other.Lines, StringComparer.Ordinal).Select(l => "- " + l).Concat(other.Lines.Except(Lines, StringComparer.Ordinal).Select(l => "+ " + l));

    public override string ToString() => $"{Hash[..16]} ({string.Join(", ", Counts.Select(c => $"{c.Key} {c.Value}"))})";
}
