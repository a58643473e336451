using FineTuneGraph.Corpus;

namespace FineTuneGraph.Core.Tests.Corpus;

public sealed class PaperIdentityTests
{
    [Theory]
    [InlineData("LoRA vs Full Fine-tuning: An Illusion of Equivalence", "lora-vs-full-fine-tuning-an-illusion-of-equivalence")]
    [InlineData("  What's New in My Data? Novelty Exploration via Contrastive Generation ", "what-s-new-in-my-data-novelty-exploration-via-contrastive-generation")]
    [InlineData("Müller's Über-Model (2024)", "m-ller-s-ber-model-2024")]
    [InlineData("---", "")]
    public void Slug_FollowsTheGoldConvention(string title, string slug)
    {
        Assert.Equal(slug, PaperIdentity.Slug(title));
    }

    [Theory]
    [InlineData("2403.01234v2", "2403.01234")]
    [InlineData("arXiv:2403.01234", "2403.01234")]
    [InlineData("https://arxiv.org/abs/2403.01234v3", "2403.01234")]
    [InlineData("http://arxiv.org/pdf/1706.03762", "1706.03762")]
    [InlineData("10.48550/arXiv.2401.09932", "2401.09932")]
    [InlineData("hep-th/9901001v1", "hep-th/9901001")]
    [InlineData("math.AG/0309136", "math.ag/0309136")]
    [InlineData("not an id", null)]
    [InlineData(null, null)]
    public void NormalizeArxivId_FindsTheIdWithoutVersion(string? text, string? expected)
    {
        Assert.Equal(expected, PaperIdentity.NormalizeArxivId(text));
    }

    [Theory]
    [InlineData("https://doi.org/10.48550/ARXIV.2403.01234", "10.48550/arxiv.2403.01234")]
    [InlineData("doi:10.1145/3580305.3599572", "10.1145/3580305.3599572")]
    [InlineData("10.18653/v1/2023.acl-long.1.", "10.18653/v1/2023.acl-long.1")]
    [InlineData("no doi", null)]
    public void NormalizeDoi_LowerCaseWithoutResolver(string text, string? expected)
    {
        Assert.Equal(expected, PaperIdentity.NormalizeDoi(text));
    }

    [Fact]
    public void IdFor_PrefersArxivThenDoiThenSlug()
    {
        Assert.Equal("2403.01234", PaperIdentity.IdFor("2403.01234", "10.1/x", "T"));
        Assert.Equal("10.1/x", PaperIdentity.IdFor(null, "10.1/x", "T"));
        Assert.Equal("a-title", PaperIdentity.IdFor(null, null, "A Title"));
    }

    [Fact]
    public void ContentHash_ChangesWithTheText()
    {
        Assert.Equal(PaperIdentity.ContentHash("T", "A"), PaperIdentity.ContentHash("T", "A"));
        Assert.NotEqual(PaperIdentity.ContentHash("T", "A"), PaperIdentity.ContentHash("T", "A."));
        Assert.Equal(32, PaperIdentity.ContentHash("T", "A").Length);
    }
}
