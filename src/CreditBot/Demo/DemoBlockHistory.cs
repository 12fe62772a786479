using CreditBot.Company;
using CreditBot.Domain;
using CreditBot.Domain.Dso;
using CreditBot.Domain.Orders;
using CreditBot.OrderBlocks;
using CreditBot.Storage;

namespace CreditBot.Demo;

/// <summary>
/// The demo's past blocked orders, so that the block statistics, "did releasing pay off?" and the weekly summary have
/// a history to show on a new store: over the <see cref="Days"/> days before the demo's date, orders of the demo
/// clients that the block rules (the configured thresholds) would have blocked on the day, given what the generated
/// ledger says the client owed then; each decided by an approver the routing gives it, after a few hours, released
/// (plainly or on a condition) or rejected. Those orders have left the order book since (invoiced or cancelled): they
/// are decided blocks only, and send nothing. Deterministic for a seed.
/// </summary>
public sealed class DemoBlockHistory(
    LedgerStore ledger,
    IOrderBlockStore blocks,
    OrderBlockEvaluator evaluator,
    OrderBlockRouting routing,
    CreditDatabase database,
    CompanyClock clock)
{
    /// <summary>How far back the history goes.</summary>
    public const int Days = 120;

    private static readonly string[] Comments =
    [
        "Client historique, paiement promis pour la fin du mois",
        "Acompte reçu ce matin",
        "Retard expliqué : litige sur une livraison, réglé",
        "Commande stratégique, accord du directeur commercial",
        "",
        "",
    ];

    /// <summary>Adds the history (about one past block for six clients) and returns how many blocks it added.</summary>
    public int Add(DateOnly asOf, int seed)
    {
        var random = new Random(seed);
        var clients = ledger.AllClients().Where(c => c.Salesperson is { Length: > 0 } && c.BusinessUnit is { Length: > 0 }).OrderBy(c => c.Code.Value, StringComparer.Ordinal).ToList();
        var target = clients.Count / 6;
        var history = new List<OrderBlock>();
        for (var attempt = 0; attempt < target * 20 && history.Count < target && clients.Count > 0; attempt++)
        {
            var client = clients[random.Next(clients.Count)];
            var day = asOf.AddDays(-random.Next(3, Days));
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var items = PastDso.OpenItemsAt(day, ledger.OpenItemsOf(client.Code), ledger.PaymentsOf(client.Code), client.Currency);
            var number = $"CMD-H{history.Count + 1:00000}";
            var order = new Order { Client = client.Code, Number = number, Date = day, Amount = new Money(Math.Round((decimal)(random.NextDouble() * 35_000 + 2_500), 2), client.Currency) };
            if (evaluator.Evaluate(client, items, [], order, day) is not { Decision.IsBlocked: true } evaluation)
            {
                continue;
            }

            var blockedAt = clock.StartOf(day).AddHours(8 + random.Next(0, 10)).AddMinutes(random.Next(60));
            var block = OrderBlock.Open(evaluation, blockedAt);
            var approvers = routing.ApproversOf(block).Where(p => routing.SalespersonObjectId(block) != p.ObjectId).ToList();
            if (approvers.Count == 0)
            {
                continue;
            }

            var approver = approvers[random.Next(approvers.Count)];
            var roll = random.NextDouble();
            var kind = roll < 0.6 ? OrderDecisionKind.Release : roll < 0.75 ? OrderDecisionKind.ReleaseWithConditions : OrderDecisionKind.Reject;
            var comment = Comments[random.Next(Comments.Length)];
            var decision = new OrderDecision
            {
                Kind = kind,
                DeciderId = approver.ObjectId,
                DeciderName = approver.Name ?? approver.Upn ?? approver.ObjectId,
                // Most within the day, some after a weekend or a reminder: 20 minutes to about three days.
                At = blockedAt.AddMinutes(20 + (random.NextDouble() < 0.8 ? random.Next(0, 8 * 60) : random.Next(8 * 60, 72 * 60))),
                Comment = kind == OrderDecisionKind.Reject || comment.Length == 0 ? null : comment,
                RejectReason = kind == OrderDecisionKind.Reject ? BlockedOrderCard.RejectReasons[random.Next(BlockedOrderCard.RejectReasons.Length)] : null,
                Condition = kind == OrderDecisionKind.ReleaseWithConditions
                    ? random.Next(2) == 0 ? new ReleaseCondition(ReleaseConditionKind.AgainstPrepayment) : new ReleaseCondition(ReleaseConditionKind.ShorterTerms, TermsDays: 30)
                    : null,
            };
            if (block.Decide(decision, block.Version) is DecideOutcome.Applied applied)
            {
                history.Add(applied.Block);
            }
        }

        // One commit for the whole history.
        return database.InTransaction(_ => history.Count(blocks.TryAdd), ledgerChanges: false);
    }
}
