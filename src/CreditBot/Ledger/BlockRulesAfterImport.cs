using CreditBot.Company;
using CreditBot.Domain;
using CreditBot.Domain.Orders;
using CreditBot.Storage;

namespace CreditBot.Ledger;

/// <summary>
/// After each committed import, runs the domain's <see cref="BlockRules"/> on every open order against the new
/// snapshot and stores the result in <see cref="OrderBlockStatusStore"/>. The cut-off is the import's as-of
/// date, or today in the company's time zone.
/// </summary>
public sealed class BlockRulesAfterImport(
    LedgerStore ledger,
    OrderBlockStatusStore statuses,
    CompanyClock clock,
    ILogger<BlockRulesAfterImport> logger) : ILedgerImportObserver
{
    public Task SnapshotCommittedAsync(ImportRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var asOf = run.AsOf ?? clock.Today;
        var clients = ledger.AllClients().ToDictionary(c => c.Code);
        var orders = ledger.AllOrders();
        var results = new List<OrderBlockStatus>(orders.Count);
        foreach (var byClient in orders.GroupBy(o => o.Client))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var items = ledger.OpenItemsOf(byClient.Key);
            foreach (var order in byClient)
            {
                var id = $"{order.Client.Value}|{order.Number}";
                if (!clients.TryGetValue(order.Client, out var client))
                {
                    continue;
                }

                try
                {
                    var decision = BlockRules.Evaluate(client, items, [.. byClient], order, asOf);
                    results.Add(new OrderBlockStatus
                    {
                        Id = id,
                        Client = order.Client.Value,
                        Order = order.Number,
                        Blocked = decision.IsBlocked,
                        Reasons = [.. decision.Reasons.Select(r => r.Key)],
                        Exemption = decision.Exemption == BlockExemption.None ? null : decision.Exemption.ToString(),
                        AsOf = asOf,
                        RunId = run.Id,
                    });
                }
                catch (CurrencyMismatchException)
                {
                    // Items or orders in another currency than the client's: the rules cannot add them up.
                    results.Add(new OrderBlockStatus
                    {
                        Id = id,
                        Client = order.Client.Value,
                        Order = order.Number,
                        Blocked = true,
                        Reasons = [],
                        Exemption = "currency-mismatch",
                        AsOf = asOf,
                        RunId = run.Id,
                    });
                }
            }
        }

        statuses.ReplaceAll(results);
        var blocked = results.Count(r => r.Blocked);
        logger.BlockRulesRan(run.Id, results.Count, blocked);
        return Task.CompletedTask;
    }
}
