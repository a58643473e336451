namespace FineTuneGraph.LocalServer;

/// <summary>Finds the checkout the program runs from (the folder holding <c>FineTuneGraph.sln</c>).</summary>
public static class RepositoryLayout
{
    /// <summary>The checkout root: <c>FTG_HOME</c> when set (the <c>./ftg</c> launcher sets it), else the first folder above the program or the working directory that holds <c>FineTuneGraph.sln</c>; null inside a container image.</summary>
    public static string? FindRoot()
    {
        if (Environment.GetEnvironmentVariable("FTG_HOME") is { Length: > 0 } home && File.Exists(Path.Combine(home, "FineTuneGraph.sln")))
        {
            return home;
        }

        return FindAbove(AppContext.BaseDirectory) ?? FindAbove(Directory.GetCurrentDirectory());
    }

    private static string? FindAbove(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FineTuneGraph.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
