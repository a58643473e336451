using System.Text.Json;

namespace FineTuneGraph.Corpus;

/// <summary>OpenAlex ships abstracts as an inverted index (word → positions); this puts the words back in order.</summary>
internal static class OpenAlexAbstract
{
    /// <summary>The abstract text, or null when the index is empty or not an object; positions that are not whole numbers are ignored.</summary>
    public static string? Rebuild(JsonElement invertedIndex, JsonText text)
    {
        if (invertedIndex.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var words = new SortedDictionary<int, string>();
        foreach (var entry in invertedIndex.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var position in entry.Value.EnumerateArray())
            {
                if (position.ValueKind == JsonValueKind.Number && position.TryGetInt32(out var at) && at >= 0)
                {
                    words[at] = text.NameOf(entry);
                }
            }
        }

        return words.Count == 0 ? null : string.Join(' ', words.Values);
    }
}
