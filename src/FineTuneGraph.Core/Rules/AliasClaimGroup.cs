namespace FineTuneGraph.Rules;

/// <summary>
/// The claims on one alias form (its tokens lower-cased). Two claims of different entities conflict unless both
/// match only as written and are written differently (<c>MATH</c> and <c>Math</c>). Finding the conflict of a new
/// claim takes a few look-ups however many claims the form has (an entity listing one alias 100,000 times used to
/// cost 100,000² comparisons), which rests on what claims are ever accepted: claims of one spelling are all of one
/// entity, and once a claim that matches in any case is in, every claim of the form is of its entity.
/// </summary>
internal sealed class AliasClaimGroup(AliasClaim first)
{
    private readonly Dictionary<string, AliasClaim> _bySpelling = new(StringComparer.Ordinal) { [first.Tokens] = first };
    private AliasClaim? _otherEntity;
    private AliasClaim? _anyCase = first.CaseSensitive ? null : first;

    /// <summary>The earliest claim of another entity that <paramref name="claim"/> conflicts with; null when none.</summary>
    public AliasClaim? ConflictOf(AliasClaim claim)
    {
        if (!claim.CaseSensitive)
        {
            return first.Key != claim.Key ? first : _otherEntity;
        }

        var anyCase = _anyCase is { } a && a.Key != claim.Key ? a : null;
        var sameSpelling = _bySpelling.TryGetValue(claim.Tokens, out var s) && s.Key != claim.Key ? s : null;
        return anyCase is null || (sameSpelling is not null && sameSpelling.Order < anyCase.Order) ? sameSpelling : anyCase;
    }

    /// <summary>Adds a claim without a conflict; the same spelling claimed again by its entity changes nothing.</summary>
    public void Add(AliasClaim claim)
    {
        if (!_bySpelling.TryAdd(claim.Tokens, claim))
        {
            return;
        }

        if (claim.Key != first.Key)
        {
            _otherEntity ??= claim;
        }

        if (!claim.CaseSensitive)
        {
            _anyCase ??= claim;
        }
    }
}
