using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FineTuneGraph.Rules;

/// <summary>
/// A parser that drops the second and later entries of a key in one mapping, reporting each. YamlDotNet's
/// representation model throws at the first duplicate key, which would hide every other problem of the file;
/// behind this filter the file loads (first entry wins) and all duplicates are reported.
/// </summary>
internal sealed class DuplicateKeyFilter(IParser inner, Action<Scalar, Scalar> duplicate) : IParser
{
    private readonly Stack<Node> _open = new();

    /// <inheritdoc />
    public ParsingEvent? Current { get; private set; }

    /// <inheritdoc />
    public bool MoveNext()
    {
        while (inner.MoveNext())
        {
            var parsed = inner.Current!;
            if (parsed is Scalar key && _open.TryPeek(out var mapping) && mapping.Keys is not null && mapping.ExpectingKey)
            {
                if (mapping.Keys.TryGetValue(key.Value, out var first))
                {
                    duplicate(first, key);
                    SkipValue();
                    continue;
                }

                mapping.Keys.Add(key.Value, key);
            }

            Track(parsed);
            Current = parsed;
            return true;
        }

        Current = null;
        return false;
    }

    private void Track(ParsingEvent parsed)
    {
        switch (parsed)
        {
            case MappingStart:
                _open.Push(new Node(new Dictionary<string, Scalar>(StringComparer.Ordinal)));
                break;
            case SequenceStart:
                _open.Push(new Node(null));
                break;
            case MappingEnd or SequenceEnd:
                _open.Pop();
                Completed();
                break;
            case Scalar or AnchorAlias:
                Completed();
                break;
        }
    }

    /// <summary>A key or value is complete: in a mapping, a value comes next after a key, and a key after a value.</summary>
    private void Completed()
    {
        if (_open.TryPeek(out var parent) && parent.Keys is not null)
        {
            parent.ExpectingKey = !parent.ExpectingKey;
        }
    }

    private void SkipValue()
    {
        var depth = 0;
        while (inner.MoveNext())
        {
            depth += inner.Current switch
            {
                MappingStart or SequenceStart => 1,
                MappingEnd or SequenceEnd => -1,
                _ => 0,
            };
            if (depth == 0)
            {
                return;
            }
        }
    }

    private sealed class Node(Dictionary<string, Scalar>? keys)
    {
        public Dictionary<string, Scalar>? Keys { get; } = keys;

        public bool ExpectingKey { get; set; } = true;
    }
}
