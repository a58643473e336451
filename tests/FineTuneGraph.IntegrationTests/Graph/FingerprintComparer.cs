using FineTuneGraph.Graph;

namespace FineTuneGraph.IntegrationTests.Graph;

/// <summary>Two fingerprints are equal when their counts and hash are.</summary>
internal static class FingerprintAssert
{
    public static void Same(GraphFingerprint expected, GraphFingerprint actual) =>
        Assert.True(FingerprintComparer.Instance.Equals(expected, actual),
            $"fingerprints differ: {expected} vs {actual}{Environment.NewLine}{string.Join(Environment.NewLine, expected.Difference(actual).Take(20))}");
}

internal sealed class FingerprintComparer : IEqualityComparer<GraphFingerprint>
{
    public static FingerprintComparer Instance { get; } = new();

    public bool Equals(GraphFingerprint? x, GraphFingerprint? y) =>
        x is not null && y is not null && x.Hash == y.Hash && x.Counts.OrderBy(c => c.Key).SequenceEqual(y.Counts.OrderBy(c => c.Key));

    public int GetHashCode(GraphFingerprint obj) => obj.Hash.GetHashCode(StringComparison.Ordinal);
}
