using FineTuneGraph.LocalServer;

namespace FineTuneGraph.Rules;

/// <summary>Which folder <see cref="RulesOptions.Directory"/> names.</summary>
public static class RulesDirectory
{
    /// <summary>
    /// The folder as the user will recognise it in messages: an absolute path, or a relative one that exists in the
    /// current directory, as configured; else the folder of that name in the checkout, when there is one (so the
    /// default <c>rules</c> works from any directory of a clone).
    /// </summary>
    public static string Resolve(string configured)
    {
        if (Path.IsPathRooted(configured) || Directory.Exists(configured))
        {
            return configured;
        }

        var root = RepositoryLayout.FindRoot();
        return root is not null && Directory.Exists(Path.Combine(root, configured)) ? Path.Combine(root, configured) : configured;
    }
}
