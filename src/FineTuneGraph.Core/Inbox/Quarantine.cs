using System.Globalization;
using System.Text;

namespace FineTuneGraph.Inbox;

/// <summary>
/// Files the worker cannot read go to <c>.failed/</c> in the inbox (same subfolder), with <c>NAME.error.txt</c> beside
/// them saying why. Moving a fixed file back into the inbox reads it again.
/// </summary>
public static class Quarantine
{
    /// <summary>The quarantine folder's name, in the inbox.</summary>
    public const string FolderName = ".failed";

    /// <summary>Moves <paramref name="file"/> and writes its reasons; returns where it went.</summary>
    /// <exception cref="IOException">The file could not be moved (it vanished, or the folder is not writable).</exception>
    public static string Move(string inbox, string file, IReadOnlyList<string> reasons, DateTimeOffset at)
    {
        var relative = Path.GetRelativePath(inbox, file);
        var target = Path.Combine(inbox, FolderName, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        if (File.Exists(target))
        {
            // An earlier failure of a file of the same name stays as it was.
            var stamp = at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss.fff'Z'", CultureInfo.InvariantCulture);
            target = Path.Combine(Path.GetDirectoryName(target)!, $"{Path.GetFileNameWithoutExtension(target)}.{stamp}{Path.GetExtension(target)}");
        }

        File.Move(file, target);
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"FineTuneGraph could not read {relative} (moved here {at.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC):")
            .AppendJoin(string.Empty, reasons.Select(r => $"  - {r}{Environment.NewLine}"))
            .AppendLine()
            .AppendLine("Fix the file and move it back into the inbox to have it read again.")
            .ToString();
        File.WriteAllText(target + ".error.txt", text);
        return target;
    }
}
