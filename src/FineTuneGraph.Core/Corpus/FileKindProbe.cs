using System.Runtime.InteropServices;
using System.Text;

namespace FineTuneGraph.Corpus;

/// <summary>
/// Tells regular files from pipes, sockets and devices before they are opened: .NET has no API for it (a FIFO's
/// <see cref="FileSystemInfo.Attributes"/> are <see cref="FileAttributes.Normal"/>, and opening it blocks until a writer
/// comes). On Unix it asks stat(2) through System.Native, the runtime's own shim, so no struct layout of the C library is
/// assumed: its <c>FileStatus</c> starts with two 32-bit fields, <c>Flags</c> and <c>Mode</c>, whose file-type bits are the
/// POSIX ones. Elsewhere every existing file counts as regular (Windows has no FIFOs in its file system).
/// </summary>
internal static partial class FileKindProbe
{
    private const int TypeMask = 0xF000;
    private const int ErrorNoEntry = 2;
    private const int ErrorNotDirectory = 20;
    private const int ErrorLoop = 40;
    private const int ErrorLoopMac = 62;
    private static bool s_nativeMissing;

    /// <summary>The kind of what the path names, links followed.</summary>
    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsWindows() && !s_nativeMissing)
        {
            try
            {
                return OfUnix(path);
            }
            catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
            {
                s_nativeMissing = true;
            }
        }

        return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
    }

    /// <summary>True for paths that name a descriptor the process already holds (<c>/dev/fd/N</c>, <c>/proc/self/fd/N</c>, <c>/dev/stdin</c>), as a shell's <c>&lt;(command)</c> gives: a pipe there has its writer, so reading it ends.</summary>
    public static bool IsOpenDescriptor(string path) =>
        path.StartsWith("/dev/fd/", StringComparison.Ordinal) || path.StartsWith("/proc/self/fd/", StringComparison.Ordinal) || path == "/dev/stdin";

    private static FileKind OfUnix(string path)
    {
        // FileStatus is about 120 bytes today; the buffer leaves room for fields a later runtime may add.
        var status = new byte[512];
        if (Stat(Encoding.UTF8.GetBytes(path + "\0"), status) != 0)
        {
            return Marshal.GetLastPInvokeError() switch
            {
                ErrorNoEntry or ErrorNotDirectory => FileKind.Missing,
                ErrorLoop or ErrorLoopMac => FileKind.LinkLoop,
                _ => FileKind.Unknown,
            };
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            _ => FileKind.Unknown,
        };
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Stat(byte[] path, [Out] byte[] status);
}
