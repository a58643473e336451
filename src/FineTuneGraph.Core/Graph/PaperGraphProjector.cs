using System.Globalization;
using FineTuneGraph.Extraction;

namespace FineTuneGraph.Graph;

/// <summary>Turns one paper's extraction into its rows of the graph: a pure function, shared by the loader and the exporters.</summary>
public static class PaperGraphProjector
{
    /// <summary>The paper's rows, cut to <see cref="PaperLimits"/> where a record is larger (with a note in <see cref="PaperGraph.Cuts"/>).</summary>
    public static PaperGraph Project(PaperExtraction extraction, string rulesHash)
    {
        var paper = extraction.Paper;
        var sentences = new PaperSentences(paper);
        var cuts = new List<string>();
        var authors = Authors(paper.Authors, cuts);
        var entities = Limit(extraction.Entities.Where(e => GraphVocabulary.PaperEdgeFor.ContainsKey(e.Type)).ToArray(), PaperLimits.MaxEntities, "entities", cuts,
            all => all.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Mentions[0].Start));
        if (entities.Any(e => e.Mentions.Count > PaperLimits.MaxMentionsPerEdge))
        {
            cuts.Add($"mentions recorded per edge limited to {PaperLimits.MaxMentionsPerEdge:N0} (the count keeps them all)");
        }

        return new PaperGraph(
            paper.Id,
            PaperProperties(extraction, rulesHash),
            authors,
            entities.Select(e => EntityNode(e, rulesHash)).ToArray(),
            entities.Select(e => PaperEdge(e, sentences)).ToArray(),
            Limit(extraction.Findings, PaperLimits.MaxFindings, "findings", cuts).Select(f => FindingNode(paper.Id, f)).ToArray(),
            Limit(Claims(extraction), PaperLimits.MaxClaims, "relations", cuts))
        {
            Cuts = cuts,
        };
    }

    private static string[] Authors(IReadOnlyList<string> names, List<string> cuts)
    {
        var authors = names.Where(a => !string.IsNullOrWhiteSpace(a))
            .Select(a => a.Length > PaperLimits.MaxAuthorNameLength ? a[..PaperLimits.MaxAuthorNameLength] : a)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (names.Any(a => a.Length > PaperLimits.MaxAuthorNameLength))
        {
            cuts.Add($"author names cut to {PaperLimits.MaxAuthorNameLength:N0} characters");
        }

        return Limit(authors, PaperLimits.MaxAuthors, "authors", cuts);
    }

    /// <summary>The first <paramref name="limit"/> items (in <paramref name="order"/> when given), noting what was left out.</summary>
    private static T[] Limit<T>(IReadOnlyList<T> items, int limit, string what, List<string> cuts, Func<IReadOnlyList<T>, IEnumerable<T>>? order = null)
    {
        if (items.Count <= limit)
        {
            return items as T[] ?? items.ToArray();
        }

        cuts.Add($"{what}: {items.Count:N0}, only the first {limit:N0} kept");
        var kept = (order?.Invoke(items) ?? items).Take(limit).ToHashSet();
        return items.Where(kept.Contains).ToArray();
    }

    private static Dictionary<string, object?> PaperProperties(PaperExtraction extraction, string rulesHash)
    {
        var paper = extraction.Paper;
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = paper.Id,
            ["title"] = paper.Title,
            ["abstract"] = paper.Abstract,
            ["url"] = paper.Url,
            ["arxivId"] = paper.ArxivId,
            ["doi"] = paper.Doi,
            ["published"] = paper.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["categories"] = paper.Categories.ToArray(),
            ["source"] = paper.Source.ToString(),
            ["contentHash"] = paper.ContentHash,
            ["rulesHash"] = rulesHash,
        };
    }

    private static EntityNode EntityNode(ExtractedEntity entity, string rulesHash)
    {
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in entity.Attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            properties[name] = value;
        }

        properties["key"] = entity.Key;
        properties["name"] = entity.Name;
        properties["local"] = entity.Local;
        properties["rulesHash"] = rulesHash;
        return new EntityNode(entity.Type, entity.Key, properties);
    }

    private static PaperEdge PaperEdge(ExtractedEntity entity, PaperSentences sentences)
    {
        var mentions = entity.Mentions.Count > PaperLimits.MaxMentionsPerEdge ? entity.Mentions.Take(PaperLimits.MaxMentionsPerEdge).ToArray() : entity.Mentions;
        var type = entity.Type == "Method" && entity.Proposed ? GraphVocabulary.Proposes : GraphVocabulary.PaperEdgeFor[entity.Type];
        return new PaperEdge(type, entity.Type, entity.Key, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["sentences"] = mentions.Select(m => (long)m.Sentence).ToArray(),
            ["fields"] = mentions.Select(m => m.Field == TextField.Title ? "title" : "abstract").ToArray(),
            ["starts"] = mentions.Select(m => (long)m.FieldStart).ToArray(),
            ["ends"] = mentions.Select(m => (long)m.FieldEnd).ToArray(),
            ["surfaces"] = mentions.Select(m => m.Surface).ToArray(),
            ["rules"] = mentions.Select(m => m.RuleId).ToArray(),
            ["mentions"] = (long)entity.Mentions.Count,
            ["evidence"] = sentences[mentions[0].Sentence],
        });
    }

    private static FindingNode FindingNode(string paperId, Finding finding)
    {
        var first = finding.Values.Count > 0 ? finding.Values[0] : (NumericValue?)null;
        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = finding.Id,
            ["paperId"] = paperId,
            ["sentence"] = (long)finding.Sentence,
            ["text"] = finding.Text,
            ["value"] = first?.Number,
            ["unit"] = first is { } v ? UnitName(v.Unit) : null,
            ["values"] = finding.Values.Select(v => v.Text).ToArray(),
            ["direction"] = finding.Direction.ToString().ToLowerInvariant(),
            ["negated"] = finding.Negated,
            ["hedged"] = finding.Hedged,
            ["rule"] = finding.RuleId,
            // The methods the claim compares against: kept apart from what it is about (ABOUT).
            ["baselines"] = finding.ComparatorKeys.ToArray(),
        };
        IEnumerable<(string, string)> about = [
            .. finding.MethodKeys.Select(k => ("Method", k)),
            .. finding.ModelKeys.Select(k => ("Model", k)),
            .. finding.DatasetKeys.Select(k => ("Dataset", k))];
        return new FindingNode(finding.Id, properties, about.Distinct().ToArray(), finding.MetricKey);
    }

    private static string UnitName(NumberUnit unit) => unit switch
    {
        NumberUnit.None => "number",
        NumberUnit.Percent => "percent",
        NumberUnit.PercentagePoints => "percentage points",
        NumberUnit.Points => "points",
        _ => unit.ToString().ToLowerInvariant(),
    };

    /// <summary>One row per relation the paper states, with the first sentence that states it.</summary>
    private static ClaimEvidence[] Claims(PaperExtraction extraction) =>
        extraction.Relations
            .Where(r => GraphVocabulary.Claims.TryGetValue(r.Type, out var ends) && ends.From == r.FromType && ends.To == r.ToType)
            .GroupBy(r => (r.Type, r.FromKey, r.ToKey))
            .Select(g => g.MinBy(r => r.Sentence)!)
            .Select(r => new ClaimEvidence(r.Type, r.FromKey, r.ToKey, extraction.Paper.Id, r.Evidence))
            .ToArray();
}
