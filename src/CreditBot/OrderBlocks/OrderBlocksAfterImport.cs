using CreditBot.Company;
using CreditBot.Domain.Orders;
using CreditBot.Ledger;
using CreditBot.Storage;
using Microsoft.Extensions.Options;

namespace CreditBot.OrderBlocks;

/// <summary>
/// After each committed import, evaluates every open order against the new snapshot and compares the result with
/// what <see cref="IOrderBlockStore"/> holds (<see cref="OrderBlock.Reevaluate"/>): a new block opens a request, a
/// decision stands unless the order grew or the release is too old, an order whose reasons have gone becomes ready
/// to release, an open request whose order left the book expires, one left undecided too long is reminded, then
/// escalated (<see cref="OrderBlock.Chase"/>). Every change, and the messages it causes, is saved
/// in one transaction; the cut-off is the import's as-of date, or today in the company's time zone.
/// </summary>
public sealed class OrderBlocksAfterImport(
    LedgerStore ledger,
    IOrderBlockStore blocks,
    OrderBlockEvaluator evaluator,
    OrderBlockUpdates updates,
    CompanyClock clock,
    TimeProvider time,
    IOptions<OrderBlockOptions> options,
    ILogger<OrderBlocksAfterImport> logger) : ILedgerImportObserver
{
    public async Task SnapshotCommittedAsync(ImportRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var started = time.GetTimestamp();
        var asOf = run.AsOf ?? clock.Today;
        var at = time.GetUtcNow();
        var policy = options.Value.Policy;
        var clients = ledger.AllClients().ToDictionary(c => c.Code);
        var stored = blocks.All().ToDictionary(b => b.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var changes = new List<OrderBlockChange>();
        var orders = ledger.AllOrders();

        foreach (var byClient in orders.GroupBy(o => o.Client))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!clients.TryGetValue(byClient.Key, out var client))
            {
                continue;
            }

            var items = ledger.OpenItemsOf(byClient.Key);
            var clientOrders = byClient.ToList();
            foreach (var order in clientOrders)
            {
                var id = OrderBlock.IdOf(order.Client, order.Number);
                seen.Add(id);
                if (evaluator.Evaluate(client, items, clientOrders, order, asOf) is not { } evaluation)
                {
                    logger.CurrencyMismatch(id);
                    continue;
                }

                if (stored.TryGetValue(id, out var before))
                {
                    if (before.Reevaluate(evaluation, policy, at, run.Id) is { } after)
                    {
                        changes.Add(new OrderBlockChange(before, after));
                    }
                }
                else if (evaluation.Decision.IsBlocked)
                {
                    changes.Add(new OrderBlockChange(null, OrderBlock.Open(evaluation, at, run.Id)));
                }
            }
        }

        // An order an ERP checked at entry reaches the orders file later: its absence says nothing yet.
        foreach (var gone in stored.Values.Where(b => !seen.Contains(b.Id) && b.Origin == OrderBlock.FromImport))
        {
            if (gone.Expire(at, run.Id) is { } expired)
            {
                changes.Add(new OrderBlockChange(gone, expired));
            }
        }

        // Requests the import left as they were, still undecided: reminded, then escalated, when overdue (as the reminder clock does).
        var changed = changes.Select(c => c.After.Id).ToHashSet(StringComparer.Ordinal);
        changes.AddRange(updates.Chased(stored.Values.Where(b => !changed.Contains(b.Id)), at));

        var saved = await updates.SaveAsync(changes, $"run:{run.Id}", options.Value.MaxCardsPerApproverPerImport, cancellationToken);

        var kinds = saved.Select(c => c.After.History[^1].Kind).ToList();
        var opened = kinds.Count(k => k == OrderBlockEventKind.Opened);
        var reopened = kinds.Count(k => k is OrderBlockEventKind.Reopened or OrderBlockEventKind.BlockedAgain);
        var ready = kinds.Count(k => k is OrderBlockEventKind.BecameReady or OrderBlockEventKind.AutoReleased);
        var expiredCount = kinds.Count(k => k == OrderBlockEventKind.Expired);
        var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
        logger.Reconciled(run.Id, orders.Count, opened, reopened, ready, expiredCount, orders.Count - saved.Count, elapsed);
    }
}

/// <summary>One order's block before (null: new) and after an import.</summary>
public sealed record OrderBlockChange(OrderBlock? Before, OrderBlock After);
