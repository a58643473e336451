using System.Diagnostics;

namespace FineTuneGraph.Core.Tests.Corpus;

/// <summary>
/// Samples the managed heap and the working set every 5 ms while a case runs, and keeps the highest values: a peak
/// between two samples can be missed, so the figures are lower bounds of the true peaks.
/// </summary>
public sealed class MemorySampler : IDisposable
{
    private readonly Timer _timer;
    private long _heapPeak;
    private long _workingSetPeak;

    public MemorySampler()
    {
        Sample(null);
        _timer = new Timer(Sample, null, TimeSpan.Zero, TimeSpan.FromMilliseconds(5));
    }

    /// <summary>The largest managed heap seen (<see cref="GC.GetTotalMemory(bool)"/>), live objects and garbage not yet collected.</summary>
    public long HeapPeak => Interlocked.Read(ref _heapPeak);

    /// <summary>The largest working set of the test process seen.</summary>
    public long WorkingSetPeak => Interlocked.Read(ref _workingSetPeak);

    public void Dispose()
    {
        _timer.Dispose();
        Sample(null);
    }

    private void Sample(object? state)
    {
        Max(ref _heapPeak, GC.GetTotalMemory(forceFullCollection: false));
        using var process = Process.GetCurrentProcess();
        Max(ref _workingSetPeak, process.WorkingSet64);
    }

    private static void Max(ref long peak, long value)
    {
        long seen;
        while ((seen = Interlocked.Read(ref peak)) < value && Interlocked.CompareExchange(ref peak, value, seen) != seen)
        {
        }
    }
}
