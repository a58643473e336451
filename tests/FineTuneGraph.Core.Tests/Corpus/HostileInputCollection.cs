namespace FineTuneGraph.Core.Tests.Corpus;

/// <summary>
/// The hostile-input table runs alone, after the parallel tests: its allocation, heap and time figures are then the
/// reader's own, not those of tests running beside it.
/// </summary>
[CollectionDefinition(nameof(HostileInputCollection), DisableParallelization = true)]
public sealed class HostileInputCollection : ICollectionFixture<ReliabilityLog>;
