namespace CreditBot.Ledger;

/// <summary>
/// A ledger plugin: reads one or more exported files and yields client, open item, payment and order
/// records, each with the file and line it came from. Registered as a keyed singleton under
/// <see cref="Key"/> (<c>fec</c>, <c>csv</c>, a preset name, or a plugin's own key).
/// A source never writes: problems go to <see cref="LedgerBatch.Problems"/> and the importer decides.
/// </summary>
public interface ILedgerSource
{
    /// <summary>The name the source is resolved by (lower case, e.g. <c>fec</c>).</summary>
    string Key { get; }

    Task<LedgerBatch> ReadAsync(IReadOnlyList<LedgerInput> inputs, LedgerReadContext context, CancellationToken cancellationToken);
}
