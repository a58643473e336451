using System.ComponentModel.DataAnnotations;

namespace FineTuneGraph.Inbox;

/// <summary>How the inbox worker (<c>ftg watch DIR</c>) watches its folder. Bound from the <c>Watch</c> section.</summary>
public sealed class WatchOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Watch";

    /// <summary>The inbox folder (the argument of <c>ftg watch</c>).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Watch:Directory (the folder of 'ftg watch DIR') is required.")]
    public string Directory { get; set; } = string.Empty;

    /// <summary>How long a file must stay unchanged (length and time of last write) before it is read.</summary>
    /// <value>The default value is 1 second.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Watch:SettleTime must be between 00:00:00.100 and 00:10:00.")]
    public TimeSpan SettleTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long a file whose end does not look complete (JSON Lines without a final line break, JSON without its
    /// closing bracket) must stay unchanged before it is read anyway: its writer may have stopped for good.
    /// </summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00", ErrorMessage = "Watch:IncompleteFileWait must be between 00:00:00.100 and 1.00:00:00.")]
    public TimeSpan IncompleteFileWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the folder is scanned even without a file-system event (watchers can drop events).</summary>
    /// <value>The default value is 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00", ErrorMessage = "Watch:RescanInterval must be between 00:00:00.100 and 01:00:00.")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often the worker logs its status while busy, and marks itself alive in its health file.</summary>
    /// <value>The default value is 10 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Watch:StatusInterval must be between 00:00:01 and 01:00:00.")]
    public TimeSpan StatusInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The most files built together in one build; more wait for the next one.</summary>
    /// <value>The default value is 500.</value>
    [Range(1, 100_000, ErrorMessage = "Watch:MaxFilesPerBuild must be between 1 and 100000.")]
    public int MaxFilesPerBuild { get; set; } = 500;

    /// <summary>The longest wait between tries while Neo4j is unavailable (the waits grow from one second to this).</summary>
    /// <value>The default value is 30 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00", ErrorMessage = "Watch:RetryMaxDelay must be between 00:00:00.100 and 00:10:00.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long the worker may take to stop (SIGTERM, Ctrl+C): the build in progress is cancelled and its open batch
    /// rolled back within it. Below Docker's 10-second grace period.
    /// </summary>
    /// <value>The default value is 8 seconds.</value>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00", ErrorMessage = "Watch:ShutdownTimeout must be between 00:00:01 and 00:05:00.")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Where the worker writes its health file; empty means <c>.ftg</c> in the inbox.</summary>
    /// <value>The default value is empty.</value>
    public string StateDirectory { get; set; } = string.Empty;

    /// <summary>The folder of the health file.</summary>
    public string ResolvedStateDirectory => StateDirectory is { Length: > 0 } state ? state : Path.Combine(Directory, ".ftg");
}
