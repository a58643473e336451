namespace FineTuneGraph.Extraction;

/// <summary>
/// Stage 1, dictionary matching: every alias and generic term of the pack in the token trie, as candidates.
/// Reads the document. Sets <see cref="ExtractionWork.LowerWords"/> (which trigger activation reads) and
/// <see cref="ExtractionWork.Candidates"/>; rejects candidates inside an entry's exclusions.
/// </summary>
internal sealed class DictionaryStage(CompiledRulePack pack) : IExtractionStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "dictionary";

    /// <inheritdoc/>
    public string Name => StageName;

    /// <inheritdoc/>
    public void Run(ExtractionWork work)
    {
        var started = work.Now();
        var lowerWords = new int[work.Document.Tokens.Count];
        work.Candidates = FindDictionaryCandidates(work, lowerWords);
        work.LowerWords = lowerWords;
        work.Stats?.Time(Extractor.DictionaryRuleId, started);
    }

    private List<Candidate> FindDictionaryCandidates(ExtractionWork work, int[] lowerWords)
    {
        var document = work.Document;
        var hits = new List<TermMatcher.Hit>(64);
        var candidates = new List<Candidate>(64);
        var started = work.Now();
        pack.Terms.FindAll(document.Text, document.Tokens, hits, lowerWords);
        work.Stats?.Time("dictionary: token trie", started);
        foreach (var hit in hits)
        {
            var start = document.Tokens[hit.First].Start;
            var end = document.Tokens[hit.First + hit.Length - 1].End;
            if (hit.Entry.Entity < 0)
            {
                var phrase = pack.Pack.Generic[-hit.Entry.Entity - 1].Phrase;
                candidates.Add(new Candidate(Extractor.GenericType, phrase, phrase, start, end, 0, CandidateOrigin.Dictionary, "generic", "generic term " + hit.Entry.Why, Extractor.NoAttributes));
                continue;
            }

            var entity = pack.Entities[hit.Entry.Entity];
            var candidate = new Candidate(entity.Type, entity.Key, entity.Name, start, end, 0, CandidateOrigin.Dictionary, pack.DictionaryRuleIds[hit.Entry.Entity], hit.Entry.Why, entity.Attributes);
            if (entity.Exclude.Count > 0 && ExcludedBy(work, entity.Exclude, start, end) is { } exclude)
            {
                work.Reject(candidate, $"excluded by /{exclude}/");
                continue;
            }

            candidates.Add(candidate);
        }

        return candidates;
    }

    private string? ExcludedBy(ExtractionWork work, IReadOnlyList<System.Text.RegularExpressions.Regex> excludes, int start, int end)
    {
        var index = work.Document.SentenceAt(start);
        foreach (var exclude in excludes)
        {
            if (Covers(work.MatchesOf(pack, exclude, index), start, end))
            {
                return exclude.ToString();
            }
        }

        return null;
    }

    /// <summary>
    /// Whether one of the matches holds [start, end). The matches are in text order and each starts where the one before
    /// ended or later, so only the last that starts at or before <paramref name="start"/> can: a sentence with
    /// thousands of candidates and matches stays linear.
    /// </summary>
    private static bool Covers(List<(int Start, int End)> matches, int start, int end)
    {
        int low = 0, high = matches.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = matches[middle].Start <= start ? (middle + 1, high) : (low, middle);
        }

        return low > 0 && end <= matches[low - 1].End;
    }
}
