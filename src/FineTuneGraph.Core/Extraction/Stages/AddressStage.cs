namespace FineTuneGraph.Extraction;

/// <summary>
/// Stage 9, web addresses: a name inside a web address ("github.com/x/ViT-Slim") is part of the address, not a
/// mention. Reads the document's text; removes (and rejects) the accepted mentions inside an address, whichever stage
/// added them, so it runs after every stage that adds mentions.
/// </summary>
internal sealed class AddressStage : IExtractionStage
{
    /// <summary>The stage's name.</summary>
    public const string StageName = "addresses";

    /// <inheritdoc/>
    public string Name => StageName;

    /// <inheritdoc/>
    public void Run(ExtractionWork work)
    {
        work.RequireOpenMentions(StageName);
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
