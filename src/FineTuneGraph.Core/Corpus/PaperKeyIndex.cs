using System.Globalization;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;

namespace FineTuneGraph.Corpus;

/// <summary>
/// The papers seen so far, by arXiv id, DOI and title key. Keys are kept as 64-bit
/// hashes (about 130 bytes per paper, measured) and a paper's canonical id is rebuilt from its packed arXiv id rather than stored, except for papers
/// whose identity is their DOI.
/// </summary>
internal sealed class PaperKeyIndex
{
    private readonly Dictionary<ulong, int> _entryByKey = [];
    private readonly List<Entry> _entries = [];
    private readonly List<string> _files = [];
    private readonly Dictionary<string, int> _fileIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _legacyArxivIds = [];

    internal readonly record struct Match(string Id, SourceLocation Source, int Richness, int Revision);

    private struct Entry
    {
        public long ArxivPacked;
        public ulong DoiHash;
        public string? DoiId;
        public int Richness;
        public int Revision;
        public int File;
        public long Line;
        public long Record;
    }

    public int Count => _entries.Count;

    /// <summary>The earlier paper this one is the same as: same arXiv id, else same DOI, else same title with no conflicting id.</summary>
    public Match? Find(Paper paper)
    {
        var arxiv = Pack(paper.ArxivId);
        var doi = paper.Doi is null ? 0UL : Hash("doi:", paper.Doi);
        if (paper.ArxivId is not null && _entryByKey.TryGetValue(Hash("arxiv:", paper.ArxivId), out var byArxiv))
        {
            return ToMatch(byArxiv, paper);
        }

        if (paper.Doi is not null && _entryByKey.TryGetValue(doi, out var byDoi))
        {
            return ToMatch(byDoi, paper);
        }

        if (_entryByKey.TryGetValue(Hash("slug:", paper.TitleKey), out var bySlug))
        {
            var seen = _entries[bySlug];
            var arxivAgrees = paper.ArxivId is null || seen.ArxivPacked == 0 || seen.ArxivPacked == arxiv;
            var doiAgrees = paper.Doi is null || seen.DoiHash == 0 || seen.DoiHash == doi;
            return arxivAgrees && doiAgrees ? ToMatch(bySlug, paper) : null;
        }

        return null;
    }

    /// <summary>Records a paper handed on, under each of its keys (a later revision replaces the earlier entry).</summary>
    public void Add(Paper paper, int richness)
    {
        var entry = new Entry
        {
            ArxivPacked = Pack(paper.ArxivId),
            DoiHash = paper.Doi is null ? 0 : Hash("doi:", paper.Doi),
            DoiId = paper.ArxivId is null && paper.Doi is not null ? paper.Id : null,
            Richness = richness,
            Revision = paper.Revision,
            File = FileIndex(paper.Source.File),
            Line = paper.Source.Line ?? -1,
            Record = paper.Source.Record ?? -1,
        };
        var index = _entries.Count;
        _entries.Add(entry);
        if (entry.ArxivPacked < 0)
        {
            _legacyArxivIds[index] = paper.ArxivId!;
        }

        if (paper.ArxivId is not null)
        {
            _entryByKey[Hash("arxiv:", paper.ArxivId)] = index;
        }

        if (paper.Doi is not null)
        {
            _entryByKey[entry.DoiHash] = index;
        }

        _entryByKey[Hash("slug:", paper.TitleKey)] = index;
    }

    private Match ToMatch(int index, Paper paper)
    {
        var entry = _entries[index];
        var id = entry.ArxivPacked switch
        {
            > 0 => Unpack(entry.ArxivPacked),
            < 0 => _legacyArxivIds[index],
            _ => entry.DoiId ?? paper.TitleKey,
        };
        var source = new SourceLocation(_files[entry.File], entry.Line < 0 ? null : entry.Line, entry.Record < 0 ? null : entry.Record);
        return new Match(id, source, entry.Richness, entry.Revision);
    }

    private int FileIndex(string file)
    {
        if (!_fileIndex.TryGetValue(file, out var index))
        {
            index = _files.Count;
            _files.Add(file);
            _fileIndex[file] = index;
        }

        return index;
    }

    // "2403.01234" → 2403_01234 with the digit count of the serial in the lowest digit; legacy ids are marked -1.
    private static long Pack(string? arxivId)
    {
        if (arxivId is null)
        {
            return 0;
        }

        var dot = arxivId.IndexOf('.', StringComparison.Ordinal);
        if (dot == 4 && arxivId.Length is 9 or 10 && long.TryParse(arxivId.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var yymm)
            && long.TryParse(arxivId.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var serial))
        {
            return ((yymm * 100_000) + serial) * 10 + (arxivId.Length - 5);
        }

        return -1;
    }

    private static string Unpack(long packed)
    {
        var digits = (int)(packed % 10);
        var value = packed / 10;
        return string.Create(CultureInfo.InvariantCulture, $"{value / 100_000:0000}.{(value % 100_000).ToString(new string('0', digits), CultureInfo.InvariantCulture)}");
    }

    private static ulong Hash(string prefix, string key)
    {
        var bytes = Encoding.UTF8.GetBytes(prefix + key);
        return XxHash64.HashToUInt64(bytes);
    }
}
