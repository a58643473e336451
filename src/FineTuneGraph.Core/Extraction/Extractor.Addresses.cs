namespace FineTuneGraph.Extraction;

public sealed partial class Extractor
{
    /// <summary>A name inside a web address ("github.com/x/ViT-Slim") is part of the address, not a mention.</summary>
    private static void DropMentionsInAddresses(ExtractionWork work)
    {
        var addresses = WebAddresses.Find(work.Document.Text);
        if (addresses.Count == 0)
        {
            return;
        }

        var inside = new List<Candidate>();
        foreach (var (start, end) in addresses)
        {
            work.Mentions.CollectInside(start, end, inside);
        }

        // Addresses found by two markers overlap: each mention once, in the order of acceptance.
        foreach (var mention in work.Mentions.InOrder().FindAll(new HashSet<Candidate>(inside, ReferenceEqualityComparer.Instance).Contains))
        {
            work.Mentions.Remove(mention);
            work.Reject(mention, "inside a web address");
        }
    }
}
