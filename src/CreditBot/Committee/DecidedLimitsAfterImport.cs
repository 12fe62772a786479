using CreditBot.Ledger;
using CreditBot.Storage;

namespace CreditBot.Committee;

/// <summary>After every import, decided limits are put back in force on the imported clients (the ERP may lag).</summary>
public sealed class DecidedLimitsAfterImport(DecidedLimitStore limits) : ILedgerImportObserver
{
    public Task SnapshotCommittedAsync(ImportRun run, CancellationToken cancellationToken)
    {
        limits.ReapplyAfterImport();
        return Task.CompletedTask;
    }
}
