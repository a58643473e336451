namespace FineTuneGraph.Core.Tests.Rules.Hostile;

/// <summary>The hostile pack tests run alone, so the bytes they allocate and the heap they reach are theirs.</summary>
[CollectionDefinition(nameof(HostileRulePackCollection), DisableParallelization = true)]
public sealed class HostileRulePackCollection;
