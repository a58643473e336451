using FineTuneGraph.LocalServer;

namespace FineTuneGraph.Cli.Tests.Support;

internal static class RepositoryRoot
{
    public static string File(params string[] parts) =>
        Path.Combine([RepositoryLayout.FindRoot() ?? throw new InvalidOperationException("FineTuneGraph.sln not found above the test binaries."), .. parts]);
}
