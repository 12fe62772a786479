using System.Text;

namespace CreditBot.Ledger;

/// <summary>
/// Picks the encoding of an exported text file as FEC.md says: a UTF-8 BOM means UTF-8; otherwise the
/// whole file is tried as strict UTF-8; otherwise ISO-8859-15 (Latin-9). UTF-16/32 byte order marks, NUL
/// bytes and C1 control bytes (0x80–0x9F, never text in Latin-9) mean an unknown encoding.
/// </summary>
public static class TextEncodingDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextEncodingDetector()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Latin9 = Encoding.GetEncoding(28605);
    }

    public static Encoding Latin9 { get; }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    /// <summary>The encoding, or the problem naming the line where the file stops being text.</summary>
    public static (Encoding? Encoding, ImportProblem? Problem) Detect(LedgerInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var stream = input.Open();
        var buffer = new byte[1 << 16];
        var decoder = StrictUtf8.GetDecoder();
        var chars = new char[buffer.Length + 4];
        var utf8 = true;
        var first = true;
        long line = 1;
        long firstC1Line = 0;
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = buffer.AsSpan(0, read);
            if (first)
            {
                first = false;
                if (span.StartsWith(Utf8Bom))
                {
                    return (new UTF8Encoding(false), null);
                }

                if (span.StartsWith(Utf16LeBom) || span.StartsWith(Utf16BeBom))
                {
                    return (null, new ImportProblem(input.Name, 1, "encoding", "unknown encoding: UTF-16/UTF-32 byte order mark; export as UTF-8 or ISO-8859-15"));
                }
            }

            var nul = span.IndexOf((byte)0);
            if (nul >= 0)
            {
                return (null, new ImportProblem(input.Name, line + span[..nul].Count((byte)'\n'), "encoding", "unknown encoding: NUL byte in a text file; export as UTF-8 or ISO-8859-15"));
            }

            if (firstC1Line == 0)
            {
                var c1 = span.IndexOfAnyInRange((byte)0x80, (byte)0x9F);
                if (c1 >= 0)
                {
                    firstC1Line = line + span[..c1].Count((byte)'\n');
                }
            }

            if (utf8)
            {
                try
                {
                    // GetChars, not GetCharCount: only it carries a sequence cut by the chunk boundary over.
                    decoder.GetChars(span, chars, flush: false);
                }
                catch (DecoderFallbackException)
                {
                    utf8 = false;
                }
            }

            line += span.Count((byte)'\n');
        }

        if (utf8)
        {
            try
            {
                decoder.GetChars([], chars, flush: true);
                return (new UTF8Encoding(false), null);
            }
            catch (DecoderFallbackException)
            {
                // A file cut inside a multi-byte sequence: not UTF-8, so it goes on as Latin-9.
            }
        }

        return firstC1Line > 0
            ? (null, new ImportProblem(input.Name, firstC1Line, "encoding", "unknown encoding: neither UTF-8 nor ISO-8859-15 (control byte 0x80-0x9F, Windows-1252?); export as UTF-8 or ISO-8859-15"))
            : (Latin9, null);
    }
}
