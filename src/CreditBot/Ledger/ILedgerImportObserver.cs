namespace CreditBot.Ledger;

/// <summary>
/// Runs after a snapshot is committed, e.g. to re-run the order block rules on the new figures.
/// Every registered observer is called in turn; a failure is logged and does not undo the import.
/// </summary>
public interface ILedgerImportObserver
{
    Task SnapshotCommittedAsync(ImportRun run, CancellationToken cancellationToken);
}
