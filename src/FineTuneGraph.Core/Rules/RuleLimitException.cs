using YamlDotNet.Core;

namespace FineTuneGraph.Rules;

/// <summary>
/// Thrown from inside the YAML parser when a file passes a limit (<see cref="LimitedParser"/>), so that the
/// representation model stops before building what lies past it; the loader reports <see cref="Refusal"/> at
/// <see cref="YamlException.Start"/>.
/// </summary>
internal sealed class RuleLimitException : YamlException
{
    public RuleLimitException(Mark at, RuleMessage refusal)
        : base(at, at, refusal.Text)
    {
        Refusal = refusal;
    }

    public RuleMessage Refusal { get; }
}
