namespace CreditBot.Ledger;

/// <summary>One file handed to a source: its display name and a way to (re)open it, since some
/// sources read twice (encoding detection, then parsing).</summary>
public sealed record LedgerInput(string Name, Func<Stream> Open)
{
    public static LedgerInput FromFile(string path) =>
        new(Path.GetFileName(path), () => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan));

    public static LedgerInput FromBytes(string name, byte[] content) => new(name, () => new MemoryStream(content, writable: false));
}
