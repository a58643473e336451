namespace FineTuneGraph.Extraction;

/// <summary>
/// Stage 3, overlaps: takes <see cref="ExtractionWork.Candidates"/> (so it runs after <see cref="DictionaryStage"/> and
/// <see cref="PatternStage"/>, and no candidate stage can run after it) and accepts them into
/// <see cref="ExtractionWork.Mentions"/>, longest first; a candidate overlapping an accepted one is rejected, naming the
/// winner. From here on the stages change the accepted mentions.
/// </summary>
internal sealed class OverlapStage : IExtractionStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "overlaps";

    /// <inheritdoc/>
    public string Name => StageName;

    /// <inheritdoc/>
    public void Run(ExtractionWork work) => ResolveOverlaps(work, work.TakeCandidates());

    /// <summary>Longest first, then by priority, origin and position; the first of equal candidates is kept.</summary>
    private static void ResolveOverlaps(ExtractionWork work, List<Candidate> candidates)
    {
        var seen = new HashSet<(string, string, int, int)>(candidates.Count);
        var ordered = new List<(Candidate Candidate, int Order)>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (seen.Add((candidate.Type, candidate.Key, candidate.Start, candidate.End)))
            {
                ordered.Add((candidate, ordered.Count));
            }
        }

        // Sized once, as most candidates are accepted: growing them paper after paper showed in the profile.
        work.Entities.EnsureCapacity(ordered.Count);
        work.Mentions.EnsureCapacity(ordered.Count);
        ordered.Sort(static (a, b) =>
        {
            var (x, y) = (a.Candidate, b.Candidate);
            var order = y.Length.CompareTo(x.Length);
            order = order != 0 ? order : y.Priority.CompareTo(x.Priority);
            order = order != 0 ? order : x.Origin.CompareTo(y.Origin);
            order = order != 0 ? order : x.Start.CompareTo(y.Start);
            return order != 0 ? order : a.Order.CompareTo(b.Order);
        });
        foreach (var (candidate, _) in ordered)
        {
            work.TryAccept(candidate);
        }
    }
}
