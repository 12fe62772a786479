using System.Buffers.Binary;
using System.Text;

namespace CreditBot.Storage;

/// <summary>
/// Reads a LiteDB 5 data file page by page, outside the engine and its page cache, and says what is wrong with
/// it, if anything: a header that is not LiteDB's, a page that is not where its id says, an unknown page type,
/// a page's used space beyond the page, or a file shorter than its header claims. LiteDB itself checks little
/// (no page checksum): a damaged header aborts it with "Ticks must be between…", a truncated file with "page
/// type must be collection page", and damage in a page it has cached is seen only after a restart.
/// Committed pages not yet checkpointed live in the log file; the data file stays a consistent earlier state.
/// </summary>
public static class StoreFileCheck
{
    private const int PageSize = 8192;
    private const int PageHeaderSize = 32;
    private const byte FileVersion = 8;
    private const byte LastPageType = 4; // Empty 0, Header 1, Collection 2, Index 3, Data 4.
    private static readonly byte[] HeaderInfo = Encoding.UTF8.GetBytes("** This is a LiteDB file **");

    /// <summary>Null when the file looks sound (or is missing or empty: a new store); else the first problem found.</summary>
    public static string? Problem(string path)
    {
        // Only the page headers are read (32 bytes a page): the probe runs often, on stores of any size.
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var length = RandomAccess.GetLength(file);
        if (length == 0)
        {
            return null;
        }

        if (length % PageSize != 0)
        {
            return $"its size, {length} bytes, is not a whole number of {PageSize}-byte pages";
        }

        Span<byte> header = stackalloc byte[72];
        if (RandomAccess.Read(file, header, 0) < header.Length || BinaryPrimitives.ReadUInt32LittleEndian(header) != 0 || header[4] != 1
            || !header.Slice(32, HeaderInfo.Length).SequenceEqual(HeaderInfo) || header[59] != FileVersion)
        {
            return "its header page is not a LiteDB 5 header";
        }

        var lastPageId = BinaryPrimitives.ReadUInt32LittleEndian(header[64..]);
        var pages = length / PageSize;
        if (lastPageId >= pages)
        {
            return $"it is truncated: {pages} pages where its header counts {(long)lastPageId + 1}";
        }

        Span<byte> page = stackalloc byte[PageHeaderSize];
        for (long id = 1; id < pages; id++)
        {
            if (RandomAccess.Read(file, page, id * PageSize) < PageHeaderSize)
            {
                return $"page {id} at offset {id * PageSize} cannot be read whole";
            }

            if (PageProblem(page, id) is { } problem)
            {
                return $"page {id} at offset {id * PageSize}: {problem}";
            }
        }

        return null;
    }

    private static string? PageProblem(ReadOnlySpan<byte> page, long id)
    {
        var type = page[4];
        if (type == 0 && page.IndexOfAnyExcept((byte)0) < 0)
        {
            return null; // An empty page never written (the file grew past it).
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(page) != id)
        {
            return "its id is not its position";
        }

        if (type is 1 or > LastPageType)
        {
            return "unknown page type";
        }

        if (type == 0)
        {
            return null;
        }

        int used = BinaryPrimitives.ReadUInt16LittleEndian(page[24..]);
        int fragmented = BinaryPrimitives.ReadUInt16LittleEndian(page[26..]);
        int nextFree = BinaryPrimitives.ReadUInt16LittleEndian(page[28..]);
        return used + fragmented > PageSize - PageHeaderSize || nextFree is < PageHeaderSize or > PageSize
            ? "its used space runs past the page"
            : null;
    }
}
