using System.Text.Json;
using FineTuneGraph.LocalServer;

namespace FineTuneGraph.IntegrationTests.Support;

/// <summary>
/// What a reliability test measured, one JSON object per line in <c>artifacts/reliability/SUITE.jsonl</c>:
/// docs/reliability.md is generated from these files (<c>bench reliability-report</c>), so the document says what the
/// suite saw, not what someone remembered.
/// </summary>
internal static class ReliabilityRecord
{
    private static readonly Lock Gate = new();
    private static readonly HashSet<string> Started = [];

    /// <summary>Appends one case; the first write of a run starts the suite's file afresh.</summary>
    public static void Write(string suite, string scenario, string outcome, IReadOnlyDictionary<string, object?> figures)
    {
        var folder = Path.Combine(RepositoryLayout.FindRoot()!, "artifacts", "reliability");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, suite + ".jsonl");
        var line = JsonSerializer.Serialize(new Dictionary<string, object?>(figures) { ["suite"] = suite, ["case"] = scenario, ["outcome"] = outcome });
        lock (Gate)
        {
            if (Started.Add(suite))
            {
                File.WriteAllText(file, string.Empty);
            }

            File.AppendAllText(file, line + Environment.NewLine);
        }
    }
}
