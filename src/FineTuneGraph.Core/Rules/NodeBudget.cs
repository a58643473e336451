using YamlDotNet.Core;

namespace FineTuneGraph.Rules;

/// <summary>
/// The YAML nodes a pack may hold, shared by its files: <see cref="RuleLimits.MaxNodes"/>, each alias counting as the
/// nodes it repeats. Every later step of loading (reading the rules, finding the regexes, hashing mapping keys)
/// walks the nodes with the aliases expanded, so this budget bounds them all.
/// </summary>
internal sealed class NodeBudget
{
    /// <summary>The nodes spent so far.</summary>
    public long Used { get; private set; }

    /// <summary>True once a file went past the budget; the pack's later files are not parsed.</summary>
    public bool Exhausted => Used > RuleLimits.MaxNodes;

    /// <summary>Spends <paramref name="nodes"/> on the node at <paramref name="at"/>.</summary>
    /// <exception cref="RuleLimitException">The pack goes past its budget there.</exception>
    public void Spend(long nodes, Mark at, bool alias)
    {
        Used += nodes;
        if (Exhausted)
        {
            throw new RuleLimitException(at, RuleMessages.TooManyNodes(alias ? nodes : null));
        }
    }
}
