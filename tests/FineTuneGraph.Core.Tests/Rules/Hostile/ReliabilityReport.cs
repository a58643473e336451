using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using FineTuneGraph.LocalServer;

namespace FineTuneGraph.Core.Tests.Rules.Hostile;

/// <summary>
/// Collects one row per hostile case and writes them, in table order, to <c>artifacts/reliability/rules.jsonl</c> under
/// the checkout when the test class is done, one JSON object per line, for docs/reliability.md.
/// </summary>
public sealed class ReliabilityReport : IDisposable
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly ConcurrentDictionary<string, ReliabilityRow> _rows = new(StringComparer.Ordinal);

    /// <summary>The file the rows go to.</summary>
    public static string FilePath => Path.Combine(RepositoryLayout.FindRoot() ?? Directory.GetCurrentDirectory(), "artifacts", "reliability", "rules.jsonl");

    public void Add(ReliabilityRow row) => _rows[row.Case] = row;

    public void Dispose()
    {
        var order = HostileRulePacks.All.Select((c, i) => (c.Name, i)).ToDictionary(c => c.Name, c => c.i, StringComparer.Ordinal);
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        File.WriteAllLines(FilePath, _rows.Values.OrderBy(r => order.GetValueOrDefault(r.Case, int.MaxValue)).Select(r => JsonSerializer.Serialize(r, Json)));
    }
}
