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

        foreach (var mention in work.Mentions.FindAll(m => addresses.Exists(a => a.Start <= m.Start && m.End <= a.End)))
        {
            work.Mentions.Remove(mention);
            work.Reject(mention, "inside a web address");
        }
    }
}
