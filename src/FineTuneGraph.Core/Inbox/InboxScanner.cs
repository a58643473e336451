using FineTuneGraph.Corpus;

namespace FineTuneGraph.Inbox;

/// <summary>
/// The files of the inbox the worker may read: of a supported kind (the reader's extensions, so <c>x.jsonl.part</c> or
/// <c>x.jsonl.tmp</c> being written under a temporary name is left alone), not hidden (the worker's own <c>.ftg</c> and
/// <c>.failed</c> folders, editors' dot files), in any subfolder, each real file once however many links lead to it.
/// </summary>
public static class InboxScanner
{
    /// <summary>Every readable candidate, in ordinal path order.</summary>
    public static IReadOnlyList<InboxFile> Scan(string directory)
    {
        // The reader's own walk: links followed once (a link loop ends), depth bounded, pipes and devices skipped,
        // hidden entries left alone. Its notes are for a build; the worker reports what it reads when it reads it.
        var files = new List<InboxFile>();
        foreach (var path in new InputWalker(new CorpusReport(), CancellationToken.None).Folder(directory))
        {
            // A link is seen as what it points to: its target's length and time change when the file does.
            var info = new FileInfo(path);
            try
            {
                if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target)
                {
                    info = target;
                }

                files.Add(new InboxFile(Path.GetFullPath(path), info.Length, info.LastWriteTimeUtc));
            }
            catch (FileNotFoundException)
            {
                // Removed between listing and reading its attributes.
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }
}
