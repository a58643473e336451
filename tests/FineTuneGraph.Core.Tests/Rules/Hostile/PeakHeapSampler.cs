namespace FineTuneGraph.Core.Tests.Rules.Hostile;

/// <summary>
/// Samples the managed heap size every millisecond on a thread of its own until disposed, keeping the highest; the
/// baseline is the heap after a full collection at the start. A sampled peak can miss a spike shorter than a sample.
/// </summary>
internal sealed class PeakHeapSampler : IDisposable
{
    private readonly long _baseline;
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peak;

    public PeakHeapSampler()
    {
        _baseline = GC.GetTotalMemory(forceFullCollection: true);
        _peak = _baseline;
        _thread = new Thread(Sample) { IsBackground = true, Name = "peak heap sampler" };
        _thread.Start();
    }

    /// <summary>The highest heap size seen above the baseline, once disposed.</summary>
    public long PeakAboveBaseline => Math.Max(0, Interlocked.Read(ref _peak) - _baseline);

    public void Dispose()
    {
        _stop = true;
        _thread.Join();
        Record();
    }

    private void Sample()
    {
        while (!_stop)
        {
            Record();
            Thread.Sleep(1);
        }
    }

    private void Record()
    {
        var now = GC.GetTotalMemory(forceFullCollection: false);
        long seen;
        while (now > (seen = Interlocked.Read(ref _peak)) && Interlocked.CompareExchange(ref _peak, now, seen) != seen)
        {
        }
    }
}
