using System.Runtime.CompilerServices;

namespace FineTuneGraph.Corpus;

/// <summary>
/// Makes one paper of several records of it (the same paper in two files, or twice in one). Records match by
/// arXiv id, then DOI, then title key (<see cref="PaperIdentity.TitleKey"/>). Papers known only by their title are held back (up to a limit) until the
/// end of the read, so that a later record with an arXiv id or DOI absorbs them and the paper gets its strong
/// identity. Of two records, the richer one (more metadata, then the longer abstract) is kept: when it comes second,
/// it is handed on again as a new <see cref="Paper.Revision"/> of the same id. Each duplicate is reported once,
/// with both locations.
/// </summary>
/// <remarks>Memory: about 130 bytes per distinct paper for the index (<see cref="PaperKeyIndex"/>), plus the held-back title-only papers.</remarks>
internal sealed class DuplicateMerger(CorpusReport report, int holdBackLimit)
{
    private readonly PaperKeyIndex _seen = new();
    private readonly Dictionary<string, Paper> _heldByKey = new(StringComparer.Ordinal);
    private readonly List<string> _heldOrder = [];

    public async IAsyncEnumerable<Paper> MergeAsync(IAsyncEnumerable<Paper> papers, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var paper in papers.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (Accept(paper) is { } accepted)
            {
                if (accepted.Revision == 0)
                {
                    report.PaperEmitted();
                }

                yield return accepted;
            }
        }

        foreach (var key in _heldOrder)
        {
            if (_heldByKey.Remove(key, out var held))
            {
                _seen.Add(held, Richness(held));
                report.PaperEmitted();
                yield return held;
            }
        }
    }

    private Paper? Accept(Paper paper)
    {
        var strong = paper.ArxivId is not null || paper.Doi is not null;
        if (_seen.Find(paper) is { } seen)
        {
            var richer = Richness(paper) > seen.Richness;
            report.Add(paper.Source, CorpusProblemKind.Duplicate,
                $"same paper as {seen.Source} ({seen.Id}); merged, keeping the record from {(richer ? paper.Source : seen.Source)}");
            if (!richer)
            {
                return null;
            }

            var replacement = paper with { Id = seen.Id, Revision = seen.Revision + 1 };
            _seen.Add(replacement, Richness(replacement));
            return replacement;
        }

        if (_heldByKey.Remove(paper.TitleKey, out var held))
        {
            report.Add(held.Source, CorpusProblemKind.Duplicate,
                $"same paper as {paper.Source} ({(strong ? paper.Id : paper.TitleKey)}); merged, keeping the record from {(Richness(paper) >= Richness(held) ? paper.Source : held.Source)}");
            paper = Merge(paper, held);
            if (!strong)
            {
                Hold(paper);
                return null;
            }
        }
        else if (!strong && _heldByKey.Count < holdBackLimit)
        {
            Hold(paper);
            return null;
        }

        _seen.Add(paper, Richness(paper));
        return paper;
    }

    private void Hold(Paper paper)
    {
        var key = paper.TitleKey;
        if (!_heldByKey.ContainsKey(key))
        {
            _heldOrder.Add(key);
        }

        _heldByKey[key] = paper;
    }

    /// <summary>The richer record, with the fields it lacks taken from the other.</summary>
    private static Paper Merge(Paper a, Paper b)
    {
        var (rich, poor) = Richness(a) >= Richness(b) ? (a, b) : (b, a);
        return rich with
        {
            Id = a.ArxivId is not null || a.Doi is not null ? a.Id : rich.Id,
            ArxivId = rich.ArxivId ?? poor.ArxivId,
            Doi = rich.Doi ?? poor.Doi,
            Url = rich.Url ?? poor.Url,
            Authors = rich.Authors.Count > 0 ? rich.Authors : poor.Authors,
            Categories = rich.Categories.Count > 0 ? rich.Categories : poor.Categories,
            Published = rich.Published ?? poor.Published,
        };
    }

    private static int Richness(Paper paper) =>
        ((paper.ArxivId is null ? 0 : 1) + (paper.Doi is null ? 0 : 1) + (paper.Url is null ? 0 : 1) + (paper.Authors.Count > 0 ? 1 : 0)
            + (paper.Categories.Count > 0 ? 1 : 0) + (paper.Published is null ? 0 : 1)) * 1_000_000
        + Math.Min(paper.Abstract.Length, 999_999);
}
