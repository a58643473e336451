namespace FineTuneGraph.Rules;

/// <summary>What checking the rule pack's files found.</summary>
public enum RulePackRefreshKind
{
    /// <summary>The files hash as the pack in use: nothing to do.</summary>
    Unchanged,

    /// <summary>The files changed and the new pack loaded: it is now in use.</summary>
    Applied,

    /// <summary>The files changed but the new pack has problems: the last good pack stays in use.</summary>
    Refused,
}

/// <summary>The outcome of <see cref="RulePackProvider.Refresh"/>.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="PreviousHash">The hash of the pack in use before the check.</param>
/// <param name="CurrentHash">The hash of the pack in use after it.</param>
/// <param name="Problems">Why a changed pack was refused.</param>
public sealed record RulePackRefresh(RulePackRefreshKind Kind, string? PreviousHash, string? CurrentHash, RulePackException? Problems = null);
