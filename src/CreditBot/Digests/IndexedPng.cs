using System.IO.Compression;

namespace CreditBot.Digests;

/// <summary>
/// Writes an image of few colours as a palette PNG (colour type 3, one byte a pixel): a chart of a few flat colours
/// and their anti-aliased edges takes about half the bytes of the RGBA PNG SkiaSharp writes, and the chart has to
/// travel inside a Teams message. Channels are kept to 4 bits when the exact colours do not fit in 256.
/// </summary>
internal static class IndexedPng
{
    private static readonly uint[] CrcTable = BuildCrcTable();

    /// <summary>The PNG, or null when even 4-bit channels give more than 256 colours (keep the RGBA PNG then).</summary>
    public static byte[]? Encode(Func<int, int, (byte R, byte G, byte B)> pixel, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(pixel);
        foreach (var shift in new[] { 0, 4 })
        {
            var palette = new Dictionary<int, byte>();
            var indexes = new byte[height * (width + 1)];
            var fits = true;
            for (var y = 0; y < height && fits; y++)
            {
                // Each row starts with its filter type: 0, none.
                indexes[y * (width + 1)] = 0;
                for (var x = 0; x < width; x++)
                {
                    var (r, g, b) = pixel(x, y);
                    var key = (Reduce(r, shift) << 16) | (Reduce(g, shift) << 8) | Reduce(b, shift);
                    if (!palette.TryGetValue(key, out var index))
                    {
                        if (palette.Count == 256)
                        {
                            fits = false;
                            break;
                        }

                        index = (byte)palette.Count;
                        palette[key] = index;
                    }

                    indexes[(y * (width + 1)) + 1 + x] = index;
                }
            }

            if (fits)
            {
                return Write(width, height, palette, indexes);
            }
        }

        return null;
    }

    private static int Reduce(byte channel, int shift) => shift == 0 ? channel : ((channel >> shift) * 17);

    private static byte[] Write(int width, int height, Dictionary<int, byte> palette, byte[] indexes)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteInt(header, 0, width);
        WriteInt(header, 4, height);
        header[8] = 8;
        header[9] = 3;
        Chunk(png, "IHDR", header);
        var colours = new byte[palette.Count * 3];
        foreach (var (key, index) in palette)
        {
            colours[index * 3] = (byte)(key >> 16);
            colours[(index * 3) + 1] = (byte)(key >> 8);
            colours[(index * 3) + 2] = (byte)key;
        }

        Chunk(png, "PLTE", colours);
        using (var data = new MemoryStream())
        {
            using (var zlib = new ZLibStream(data, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(indexes);
            }

            Chunk(png, "IDAT", data.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteInt(length, 0, data.Length);
        png.Write(length);
        var typed = new byte[4 + data.Length];
        System.Text.Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        var crc = new byte[4];
        WriteInt(crc, 0, unchecked((int)Crc(typed)));
        png.Write(crc);
    }

    private static void WriteInt(byte[] buffer, int offset, int value)
    {
        buffer[offset] = (byte)(value >> 24);
        buffer[offset + 1] = (byte)(value >> 16);
        buffer[offset + 2] = (byte)(value >> 8);
        buffer[offset + 3] = (byte)value;
    }

    private static uint Crc(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
