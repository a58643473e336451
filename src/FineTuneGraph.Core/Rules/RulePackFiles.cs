using System.Security.Cryptography;
using System.Text;

namespace FineTuneGraph.Rules;

/// <summary>
/// Which files make up a pack and the hash of their contents. The loader and the provider share it, so a pack whose
/// files hash the same as the loaded one is known to be unchanged without parsing it again.
/// </summary>
public static class RulePackFiles
{
    private static readonly byte[] Separator = [0];

    /// <summary>Every <c>*.yaml</c> and <c>*.yml</c> file of the folder, recursively, relative to it, in ordinal order.</summary>
    public static string[] List(string directory) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(IsRuleFile)
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>True for a file name the loader reads.</summary>
    public static bool IsRuleFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The hash of the pack as it is on disk now; null when the folder is missing or a file cannot be read (the
    /// loader then reports why).
    /// </summary>
    public static string? HashOnDisk(string directory)
    {
        try
        {
            if (!Directory.Exists(directory))
            {
                return null;
            }

            var hash = new Hasher();
            foreach (var relative in List(directory))
            {
                hash.Add(relative, File.ReadAllBytes(Path.Combine(directory, relative)));
            }

            return hash.Finish();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Hashes files one at a time: name, length and content, so moving bytes between files changes the hash.</summary>
    internal sealed class Hasher
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public void Add(string relative, byte[] content)
        {
            _hash.AppendData(Encoding.UTF8.GetBytes(relative));
            _hash.AppendData(Separator);
            _hash.AppendData(BitConverter.GetBytes((long)content.Length));
            _hash.AppendData(content);
        }

        public string Finish()
        {
            var result = Convert.ToHexStringLower(_hash.GetHashAndReset().AsSpan(0, 16));
            _hash.Dispose();
            return result;
        }
    }
}
