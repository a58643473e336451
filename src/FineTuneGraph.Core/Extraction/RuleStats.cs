using System.Collections.Concurrent;
using System.Diagnostics;

namespace FineTuneGraph.Extraction;

/// <summary>Per rule: how often it produced a mention, relation or finding, on how many papers, how often its candidates were rejected, and the time it took.</summary>
public sealed class RuleStats
{
    private readonly ConcurrentDictionary<string, Counter> _counters = new(StringComparer.Ordinal);

    /// <summary>One rule's figures.</summary>
    public sealed class Counter
    {
        private long _fired;
        private long _papers;
        private long _rejected;
        private long _ticks;

        public long Fired => Interlocked.Read(ref _fired);

        public long Papers => Interlocked.Read(ref _papers);

        public long Rejected => Interlocked.Read(ref _rejected);

        public TimeSpan Time => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks));

        internal void Add(long fired, long rejected)
        {
            Interlocked.Add(ref _fired, fired);
            Interlocked.Add(ref _rejected, rejected);
            if (fired > 0)
            {
                Interlocked.Increment(ref _papers);
            }
        }

        internal void AddTime(long ticks) => Interlocked.Add(ref _ticks, ticks);
    }

    /// <summary>Every rule seen, by rule id.</summary>
    public IReadOnlyDictionary<string, Counter> Rules => _counters;

    internal Counter For(string ruleId) => _counters.GetOrAdd(ruleId, _ => new Counter());

    internal void Time(string ruleId, long startTimestamp) => For(ruleId).AddTime(Stopwatch.GetTimestamp() - startTimestamp);
}
