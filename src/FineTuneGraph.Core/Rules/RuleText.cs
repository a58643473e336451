using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;
using YamlDotNet.Core;

namespace FineTuneGraph.Rules;

/// <summary>
/// The text of a rule file. YAML streams are UTF-8, or UTF-16 or UTF-32 with a byte order mark; every byte order mark
/// at the start is dropped (an editor that adds one to a file that has one leaves two). Anything else (invalid
/// UTF-8, NUL bytes, control characters YAML does not allow) is refused at the first offending character.
/// </summary>
internal static class RuleText
{
    private const char ByteOrderMark = '\uFEFF';

    /// <summary>Decodes a rule file, or says why it is not YAML text and where (1-based line and column).</summary>
    public static bool TryDecode(byte[] content, [NotNullWhen(true)] out string? text, out RuleMessage refusal, out Mark at)
    {
        text = null;
        refusal = default;
        at = Mark.Empty;
        var (encoding, skip) = DetectEncoding(content);
        string decoded;
        if (encoding is null)
        {
            var bytes = content.AsSpan(skip);
            var valid = Utf8.IsValid(bytes) ? bytes.Length : ValidPrefixLength(bytes);
            decoded = Encoding.UTF8.GetString(bytes[..valid]);
            if (valid < bytes.Length)
            {
                // A binary file is named as one when a NUL comes before the first byte that is not UTF-8.
                var nul = FirstDisallowed(decoded);
                refusal = nul >= 0 ? RuleMessages.NotText(decoded[nul]) : RuleMessages.NotUtf8($"byte 0x{bytes[valid]:X2} is not valid UTF-8");
                at = PositionOf(decoded, nul >= 0 ? nul : decoded.Length);
                return false;
            }
        }
        else
        {
            try
            {
                decoded = encoding.GetString(content, skip, content.Length - skip);
            }
            catch (DecoderFallbackException)
            {
                refusal = RuleMessages.NotUtf8($"it starts with the byte order mark of {encoding.WebName} but is not valid {encoding.WebName}");
                return false;
            }
        }

        var start = 0;
        while (start < decoded.Length && decoded[start] == ByteOrderMark)
        {
            start++;
        }

        decoded = decoded[start..];
        if (FirstDisallowed(decoded) is var bad and >= 0)
        {
            refusal = RuleMessages.NotText(decoded[bad]);
            at = PositionOf(decoded, bad);
            return false;
        }

        text = decoded;
        return true;
    }

    /// <summary>The 1-based line and column of a character of <paramref name="text"/>.</summary>
    public static Mark PositionOf(string text, int index)
    {
        var span = text.AsSpan(0, index);
        var line = span.Count('\n') + 1;
        var column = index - (span.LastIndexOf('\n') + 1) + 1;
        return new Mark(index, line, column);
    }

    /// <summary>The characters YAML's c-printable allows below U+00A0 (tab, line breaks, ASCII printables, NEL).</summary>
    private static readonly SearchValues<char> Printable = SearchValues.Create(
        "\t\n\r\u0085 !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    /// <summary>The first character YAML does not allow, or -1. Above U+009F only U+FFFE and U+FFFF are refused (decoding paired the surrogates).</summary>
    private static int FirstDisallowed(string text)
    {
        for (var i = text.AsSpan().IndexOfAnyExcept(Printable); i >= 0 && i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\u00A0' ? !Printable.Contains(c) : c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }

    private static (Encoding? Encoding, int Skip) DetectEncoding(byte[] content) => content switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (null, 3),
        [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), 4),
        [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        [0xFE, 0xFF, ..] => (new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), 2),
        _ => (null, 0),
    };

    private static int ValidPrefixLength(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        while (valid < bytes.Length && Rune.DecodeFromUtf8(bytes[valid..], out _, out var consumed) == OperationStatus.Done)
        {
            valid += consumed;
        }

        return valid;
    }
}
