using CreditBot.Ledger;
using CreditBot.Storage;

namespace CreditBot.Committee;

/// <summary>
/// After every import, decided limits are put back in force on the imported clients (the ERP may lag). The block
/// rules ran on the ERP's limits just before: when a decided limit replaced one, they run again on the limits in force.
/// </summary>
public sealed class DecidedLimitsAfterImport(DecidedLimitStore limits, IServiceProvider services) : ILedgerImportObserver
{
    public async Task SnapshotCommittedAsync(ImportRun run, CancellationToken cancellationToken)
    {
        var replaced = limits.ReapplyAfterImport();
        if (replaced.Count > 0 && services.GetServices<ILedgerImportObserver>().OfType<CreditBot.OrderBlocks.OrderBlocksAfterImport>().FirstOrDefault() is { } blockRules)
        {
            await blockRules.SnapshotCommittedAsync(run, cancellationToken);
        }
    }
}
