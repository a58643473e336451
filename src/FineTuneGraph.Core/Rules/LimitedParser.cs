using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FineTuneGraph.Rules;

/// <summary>
/// A parser that refuses YAML whose loading would cost unbounded stack, time or memory, at the event where it passes
/// a limit and before any node past it is built: nesting deeper than <see cref="RuleLimits.MaxDepth"/> (YamlDotNet's
/// representation model recurses once per level, and a stack overflow ends the process whatever catches it), and
/// more nodes than the pack's <see cref="NodeBudget"/>, each alias counting as the nodes it repeats (a "billion
/// laughs" file expands exponentially through a few lines of aliases). An alias inside the anchor it names would
/// repeat without end, and is refused too. A rule file holds one document: the stream ends at the start of a second
/// one, which is reported (at its first node) and not parsed, however many follow.
/// </summary>
internal sealed class LimitedParser(IParser inner, NodeBudget budget, Action<Mark> secondDocument) : IParser
{
    private readonly Stack<(string? Anchor, long UsedBefore)> _open = new();
    private readonly Dictionary<string, long> _anchorSizes = new(StringComparer.Ordinal);
    private bool _documentSeen;
    private bool _ended;

    /// <inheritdoc />
    public ParsingEvent? Current { get; private set; }

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (_ended || !inner.MoveNext())
        {
            Current = null;
            return false;
        }

        Current = inner.Current;
        switch (Current)
        {
            case DocumentStart start when _documentSeen:
                secondDocument(inner.MoveNext() && inner.Current is NodeEvent root ? root.Start : start.Start);
                _ended = true;
                Current = new StreamEnd();
                break;
            case DocumentStart:
                _documentSeen = true;
                break;
            case AnchorAlias alias:
                var name = alias.Value.Value;
                if (_open.Any(o => o.Anchor == name))
                {
                    throw new RuleLimitException(alias.Start, RuleMessages.AliasInsideItsAnchor(name));
                }

                // An unknown anchor is YamlDotNet's to report; it counts as one node meanwhile.
                budget.Spend(_anchorSizes.GetValueOrDefault(name, 1), alias.Start, alias: true);
                break;
            case Scalar scalar:
                budget.Spend(1, scalar.Start, alias: false);
                if (!scalar.Anchor.IsEmpty)
                {
                    _anchorSizes[scalar.Anchor.Value] = 1;
                }

                break;
            case NodeEvent collection and (MappingStart or SequenceStart):
                if (_open.Count == RuleLimits.MaxDepth)
                {
                    throw new RuleLimitException(collection.Start, RuleMessages.NestedTooDeep());
                }

                _open.Push((collection.Anchor.IsEmpty ? null : collection.Anchor.Value, budget.Used));
                budget.Spend(1, collection.Start, alias: false);
                break;
            case MappingEnd or SequenceEnd:
                var (anchor, usedBefore) = _open.Pop();
                if (anchor is not null)
                {
                    _anchorSizes[anchor] = budget.Used - usedBefore;
                }

                break;
        }

        return true;
    }
}
