using FineTuneGraph.Rules;

namespace FineTuneGraph.Core.Tests.Rules;

public sealed class AliasFormTests
{
    [Theory]
    [InlineData("fine-tuning", "fine tuning")]
    [InlineData("Fine – Tuning", "Fine Tuning")]
    [InlineData("  GPT-4o ", "GPT 4o")]
    [InlineData("LoRA+", "LoRA +")]
    [InlineData("C++", "C + +")]
    [InlineData("Llama 2-Chat", "Llama 2 Chat")]
    [InlineData("---", "")]
    public void Tokens_Alias_SplitsIntoWordsAndSymbols(string alias, string tokens)
    {
        Assert.Equal(tokens, AliasForm.Tokens(alias));
    }

    [Theory]
    [InlineData(CaseMode.Auto, "LoRA", true)]
    [InlineData(CaseMode.Auto, "Llama", false)]
    [InlineData(CaseMode.Auto, "supervised fine-tuning", false)]
    [InlineData(CaseMode.Sensitive, "llama", true)]
    [InlineData(CaseMode.Insensitive, "MATH", false)]
    public void IsCaseSensitive_ModeAndAlias_FollowsTheDocumentedRule(CaseMode mode, string alias, bool sensitive)
    {
        Assert.Equal(sensitive, AliasForm.IsCaseSensitive(mode, alias));
    }
}
