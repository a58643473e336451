using System.Diagnostics;
using System.IO.Compression;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using FineTuneGraph.Corpus;
using Microsoft.Extensions.Options;

namespace FineTuneGraph.Core.Tests.Corpus;

/// <summary>
/// Hostile and merely unusual inputs, one row each: every one is read within its time (and, for the large ones, heap)
/// bound, costs only itself, and gives the papers and problem kinds expected. Each row writes one JSON line of what it
/// measured to <see cref="ReliabilityLog"/>.
/// </summary>
[Collection(nameof(HostileInputCollection))]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileInputTests(ReliabilityLog log) : IDisposable
{
    private const string Abstract = "We propose a method for fine-tuning large language models. It improves accuracy on GSM8K by 3.1% over supervised fine-tuning, and we explain why in detail across several sentences. The code is public.";
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(60);
    private const long SixtyFourMiB = 64L << 20;
    private static readonly Dictionary<string, HostileInputCase> Cases = AllCases().ToDictionary(c => c.Name, StringComparer.Ordinal);
    private static readonly List<Socket> OpenSockets = [];
    private readonly string _folder = Directory.CreateTempSubdirectory("ftg-hostile-").FullName;

    public static TheoryData<string> Names => [.. AllCases().Select(c => c.Name)];

    public void Dispose()
    {
        lock (OpenSockets)
        {
            OpenSockets.ForEach(s => s.Dispose());
            OpenSockets.Clear();
        }

        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task ReadAsync_HostileInput_IsBoundedAndCostsOnlyItself(string name)
    {
        var row = Cases[name];
        var paths = row.Write(_folder);
        var report = new CorpusReport();
        var reader = new CorpusReader(Options.Create(row.Options ?? new CorpusOptions()));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(row.TimeBound * 2);
        var papers = 0;

        // The heap is measured from a collected baseline, so what the row wrote (a bomb's bytes) and earlier rows left do not count.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        using (var memory = new MemorySampler())
        {
            await Task.Run(async () =>
            {
                var inputs = CorpusInput.Expand(paths, report, cancellationToken: timeout.Token);
                await foreach (var _ in reader.ReadAsync(inputs, CorpusFormat.Auto, report, timeout.Token))
                {
                    papers++;
                }
            }, timeout.Token).WaitAsync(row.TimeBound * 2, TestContext.Current.CancellationToken);
            clock.Stop();
            memory.Dispose();
            var kinds = report.CountsByKind.OrderBy(k => k.Key).ToDictionary(k => k.Key.ToString(), k => k.Value);
            var result = JsonSerializer.Serialize(new
            {
                @case = name,
                papers,
                expected_papers = row.Papers,
                problems = kinds,
                expected_problems = row.Problems.Select(k => k.ToString()).Order(StringComparer.Ordinal).ToArray(),
                failures = report.Failures,
                ms = Math.Round(clock.Elapsed.TotalMilliseconds, 1),
                bound_ms = row.TimeBound.TotalMilliseconds,
                allocated_bytes = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore,
                heap_peak_bytes = memory.HeapPeak - heapBefore,
                max_heap_bytes = row.MaxHeapBytes,
                working_set_peak_bytes = memory.WorkingSetPeak,
            });
            log.Write(result);
            TestContext.Current.SendDiagnosticMessage(result);

            Assert.True(clock.Elapsed < row.TimeBound, $"{name}: {clock.Elapsed.TotalSeconds:0.0} s, bound {row.TimeBound.TotalSeconds:0} s");
            if (row.MaxHeapBytes is { } maxHeap)
            {
                Assert.True(memory.HeapPeak - heapBefore < maxHeap, $"{name}: heap grew by {memory.HeapPeak - heapBefore:N0} bytes, bound {maxHeap:N0}");
            }
        }

        Assert.Equal(row.Papers, papers);
        Assert.Equal(row.Problems.Distinct().Order(), report.Problems.Select(p => p.Kind).Distinct().Order());
        Assert.All(report.Problems, p => Assert.DoesNotContain('\n', p.ToString()));
    }

    private static IEnumerable<HostileInputCase> AllCases()
    {
        // Identity
        yield return Case("titles in Chinese, Cyrillic and punctuation only", f => Jsonl(f, "t.jsonl",
            Record("大型语言模型的微调"), Record("Тонкая настройка"), Record("!!!"), Record("???")), 4);

        // Detection that does not depend on the first record
        yield return Case("first record over 64 KiB (8,000 authors)", f => Jsonl(f, "t.jsonl",
            $"{{\"title\":\"Many Authors\",\"abstract\":\"{Abstract}\",\"authors\":[{string.Join(",", Enumerable.Range(0, 8000).Select(i => $"\"Author {i}\""))}]}}", Record("Second")), 2);
        yield return Case("scalar lines before the records", f => Jsonl(f, "t.jsonl", "1", "\"x\"", "true", Record("After Scalars")), 1, CorpusProblemKind.InvalidJson);
        yield return Case("UTF-8 byte order mark", f => Bytes(f, "t.jsonl", [0xEF, 0xBB, 0xBF, .. Utf8(Record("Bom") + "\n" + Record("Second") + "\n")]), 2);
        yield return Case("a megabyte of blank lines first", f => Text(f, "t.jsonl", new string('\n', 1 << 20) + Record("After Blank Lines") + "\n"), 1);
        yield return Case("a line of 1 MB of spaces", f => Text(f, "t.jsonl", Record("Before") + "\n" + new string(' ', 1 << 20) + "\n" + Record("After") + "\n"), 2);
        yield return Case("only white space (1 MiB)", f => Text(f, "t.jsonl", new string(' ', 1 << 20)), 0, CorpusProblemKind.EmptyFile);

        // Bytes that are not text
        yield return Case("one invalid UTF-8 byte", f => Bytes(f, "t.jsonl", [.. Utf8(Record("Good One") + "\n"), 0xC3, 0x28, .. Utf8("\n" + Record("Good Two") + "\n")]), 2, CorpusProblemKind.InvalidText);
        yield return Case("one NUL byte in a line", f => Text(f, "t.jsonl", Record("Good One") + "\n" + Record("Nul\0Title") + "\n" + Record("Good Two") + "\n" + new string(' ', 2000) + "\n"), 2, CorpusProblemKind.InvalidText);
        yield return Case("NUL bytes in a .txt", f => Bytes(f, "nul.txt", [.. Utf8("Title\n\n"), 0, 0, 0, 1, 2, 0, 0]), 0, CorpusProblemKind.NotText);
        yield return Case("PNG named .txt beside a good file", f => [.. Bytes(f, "image.txt", Png()), .. Jsonl(f, "good.jsonl", Record("Good"))], 1, CorpusProblemKind.NotText);
        yield return Case("PNG in an input folder", f => { Bytes(f, "figure.png", Png()); Jsonl(f, "good.jsonl", Record("Good")); return [f]; }, 1, CorpusProblemKind.UnsupportedFile);
        yield return Case("UTF-16 with a byte order mark", f => Bytes(f, "t.jsonl", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Record("Wide") + "\n")]), 0, CorpusProblemKind.NotText);
        yield return Case("UTF-16 without a byte order mark", f => Bytes(f, "t.jsonl", Encoding.Unicode.GetBytes(Record("Wide") + "\n")), 0, CorpusProblemKind.NotText);
        yield return Case("HTML page", f => Text(f, "page.txt", "<!DOCTYPE html><html><body><p>" + Abstract + "</p></body></html>"), 0, CorpusProblemKind.Html);
        yield return Case("empty file", f => Text(f, "empty.jsonl", ""), 0, CorpusProblemKind.EmptyFile);

        // Line ends
        yield return Case("CRLF line ends", f => Text(f, "t.jsonl", Record("One") + "\r\n" + Record("Two") + "\r\n"), 2);
        yield return Case("lone CR line ends", f => Text(f, "t.jsonl", Record("One") + "\r" + Record("Two") + "\r"), 2);
        yield return Case("page dump with lone CR line ends", f => Text(f, "page.txt", "Daily Papers\r\rA Paper Title\r\r" + Abstract + "\r"), 1);

        // JSON that is valid but hostile
        yield return Case("lone surrogate escape in a title", f => Jsonl(f, "t.jsonl", $"{{\"title\":\"Bad \\ud800 title\",\"abstract\":\"{Abstract}\"}}", Record("Good")), 2, CorpusProblemKind.TextRepaired);
        yield return Case("lone surrogate escape in an inverted index word", f => Jsonl(f, "t.jsonl", "{\"display_name\":\"T\",\"abstract_inverted_index\":{\"w\\udc00\":[0],\"ok\":[1]}}"), 1, CorpusProblemKind.TextRepaired);
        yield return Case("inverted index with a string position", f => Jsonl(f, "t.jsonl", "{\"display_name\":\"T\",\"abstract_inverted_index\":{\"word\":[\"0\"]}}", Record("Good")), 1, CorpusProblemKind.MissingAbstract);
        yield return Case("inverted index of wrong types", f => Jsonl(f, "t.jsonl", "{\"display_name\":\"T\",\"abstract_inverted_index\":[1,2]}", "{\"display_name\":\"U\",\"abstract_inverted_index\":{\"a\":[1.5,-1,99999999999,null,{},[]]}}", Record("Good")), 1, CorpusProblemKind.MissingAbstract);
        yield return Case("numbers where strings are expected", f => Jsonl(f, "t.jsonl", "{\"title\":5,\"abstract\":6}", "{\"title\":\"T\",\"abstract\":\"A.\",\"authors_parsed\":[[1,2,3]],\"authors\":7,\"versions\":[5],\"doi\":[],\"id\":{},\"categories\":{}}"), 1, CorpusProblemKind.MissingTitle);
        yield return Case("null title", f => Jsonl(f, "t.jsonl", $"{{\"title\":null,\"abstract\":\"{Abstract}\"}}", Record("Good")), 1, CorpusProblemKind.MissingTitle);
        yield return Case("duplicate keys", f => Jsonl(f, "t.jsonl", $"{{\"title\":\"First Key\",\"title\":\"Second Key\",\"abstract\":\"{Abstract}\"}}"), 1);
        yield return Case("100,000 nested arrays in a line", f => Jsonl(f, "t.jsonl", new string('[', 100_000) + new string(']', 100_000), Record("Good")), 1, CorpusProblemKind.InvalidJson);
        yield return Case("100,000 nested objects in a line", f => Jsonl(f, "t.jsonl", string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000), Record("Good")), 1, CorpusProblemKind.InvalidJson);
        yield return Case("100,000 nested arrays as a document", f => Text(f, "t.json", new string('[', 100_000) + new string(']', 100_000)), 0, CorpusProblemKind.InvalidJson);
        yield return Large("500,000 authors in one field", f => Jsonl(f, "t.jsonl",
            $"{{\"title\":\"Huge Author List\",\"abstract\":\"{Abstract}\",\"authors\":[{string.Join(",", Enumerable.Range(0, 500_000).Select(i => $"\"A{i}\""))}]}}"), 1, Slow, 256L << 20);
        yield return Case("a 9 MiB line among good ones", f => Jsonl(f, "t.jsonl", Record("Before"), $"{{\"title\":\"Huge\",\"abstract\":\"{new string('x', 9 << 20)}\"}}", Record("After")), 2, CorpusProblemKind.TooLarge);
        yield return Case("an abstract of 200,000 characters", f => Jsonl(f, "t.jsonl", $"{{\"title\":\"Long Abstract\",\"abstract\":\"{string.Concat(Enumerable.Repeat("A sentence of the abstract. ", 7200))}\"}}"), 1, CorpusProblemKind.Truncated);

        // Compression
        yield return Case("gzip header only", f => Bytes(f, "t.jsonl.gz", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]), 0, CorpusProblemKind.CorruptGzip);
        yield return Case("zero-byte .gz", f => Bytes(f, "t.jsonl.gz", []), 0, CorpusProblemKind.EmptyFile);
        yield return Case("gzip cut in the middle", f => Bytes(f, "t.jsonl.gz", Gzip(string.Join("\n", Enumerable.Range(0, 5000).Select(i => Record($"Paper {i}"))))[..4000]), 782, CorpusProblemKind.CorruptGzip);
        yield return Large("gzip bomb: 1 GiB of zeros", f => Bytes(f, "bomb.jsonl.gz", Bomb(0)), 0, Slow, SixtyFourMiB, CorpusProblemKind.NotText);
        yield return Large("gzip bomb: 1 GiB of 'x' without a line break", f => Bytes(f, "bomb.txt.gz", Bomb((byte)'x')), 0, Slow, SixtyFourMiB, CorpusProblemKind.TooLarge);

        // Folders and files
        yield return Case("folder with self-referencing links", f =>
        {
            Jsonl(f, "good.jsonl", Record("Good"));
            Directory.CreateSymbolicLink(Path.Combine(f, "loop"), ".");
            Directory.CreateSymbolicLink(Path.Combine(f, "loop2"), "loop");
            return [f];
        }, 1, CorpusProblemKind.AlreadyRead);
        yield return Case("FIFO in a folder", f => { Jsonl(f, "good.jsonl", Record("Good")); MakeFifo(Path.Combine(f, "pipe.jsonl")); return [f]; }, 1, CorpusProblemKind.NotAFile);
        yield return Case("socket in a folder", f =>
        {
            Jsonl(f, "good.jsonl", Record("Good"));
            // Kept open until the row ends: .NET removes a socket's file when it is disposed.
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            lock (OpenSockets)
            {
                OpenSockets.Add(socket);
            }

            socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(f, "s.jsonl")));
            return [f];
        }, 1, CorpusProblemKind.NotAFile);
        yield return Case("link to /dev/zero in a folder", f => { Jsonl(f, "good.jsonl", Record("Good")); File.CreateSymbolicLink(Path.Combine(f, "zero.jsonl"), "/dev/zero"); return [f]; }, 1, CorpusProblemKind.NotAFile);
        yield return Case("a file where a folder is expected", f => [.. Jsonl(f, "good.jsonl", Record("Good")), Path.Combine(f, "good.jsonl", "sub")], 1, CorpusProblemKind.NotFound);
        yield return Case("mixed formats in one folder", f =>
        {
            Jsonl(f, "a.jsonl", Record("From Lines"));
            Text(f, "b.json", $"[{Record("From Array")}]");
            Text(f, "c.txt", "Daily Papers\n\nFrom A Page Dump\n\n" + Abstract + "\n");
            Bytes(f, "d.jsonl.gz", Gzip(Record("From Gzip") + "\n"));
            Text(f, "e.json", "{\n  \"results\": [" + Record("From OpenAlex Page") + "]\n}\n");
            return [f];
        }, 5);
        yield return Case("file name of 255 bytes", f => Jsonl(f, new string('n', 249) + ".jsonl", Record("Long Name")), 1);
        yield return Case("file name with a newline and control characters", f => [.. Jsonl(f, "bad\nname\u0001\t.jsonl", "{broken", Record("Odd Name"))], 1, CorpusProblemKind.InvalidJson);
    }

    private static HostileInputCase Case(string name, Func<string, string[]> write, int papers, params CorpusProblemKind[] problems) =>
        new(name, write, papers, problems, Quick);

    private static HostileInputCase Large(string name, Func<string, string[]> write, int papers, TimeSpan bound, long maxHeap, params CorpusProblemKind[] problems) =>
        new(name, write, papers, problems, bound, maxHeap);

    private static string Record(string title) => $"{{\"title\":\"{title}\",\"abstract\":\"{Abstract}\"}}";

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string[] Jsonl(string folder, string name, params string[] lines) => Text(folder, name, string.Join("\n", lines) + "\n");

    private static string[] Text(string folder, string name, string content) => Bytes(folder, name, Utf8(content));

    private static string[] Bytes(string folder, string name, byte[] content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, content);
        return [path];
    }

    private static byte[] Png() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89];

    private static byte[] Gzip(string text)
    {
        var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(Utf8(text));
        }

        return output.ToArray();
    }

    // 1 GiB once inflated, about 1 MB on disk: one member of 1 MiB of the byte, repeated 1,024 times (gzip members concatenate).
    private static byte[] Bomb(byte fill)
    {
        var member = new MemoryStream();
        using (var gzip = new GZipStream(member, CompressionLevel.SmallestSize))
        {
            var block = new byte[1 << 20];
            Array.Fill(block, fill);
            gzip.Write(block);
        }

        var one = member.ToArray();
        var bomb = new byte[one.Length * 1024];
        for (var i = 0; i < 1024; i++)
        {
            one.CopyTo(bomb, i * one.Length);
        }

        return bomb;
    }

    private static void MakeFifo(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        Assert.True(process.WaitForExit(Quick), "mkfifo did not end");
        Assert.Equal(0, process.ExitCode);
    }
}
