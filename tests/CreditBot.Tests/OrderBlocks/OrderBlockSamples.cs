using CreditBot.Domain;
using CreditBot.Domain.Decisions;
using CreditBot.Domain.Orders;
using CreditBot.OrderBlocks;
using CreditBot.Tests.Answers;

namespace CreditBot.Tests.OrderBlocks;

/// <summary>
/// ACME's order CMD-2026-0456 (9 000 €) blocked on 16/11/2026: 6 000 € overdue (F-2026-0042, due 15/5) and the limit
/// of 50 000 € exceeded; since then the disputed and promised items moved, so the card has changes to show.
/// </summary>
public static class OrderBlockSamples
{
    public static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static OrderBlock Pending { get; } = Blocked("CMD-2026-0456", new DateOnly(2026, 11, 16), new DateTimeOffset(2026, 11, 16, 6, 30, 0, TimeSpan.Zero));

    private static OrderBlock Blocked(string orderNumber, DateOnly asOf, DateTimeOffset at) => OrderBlock.Open(
        new OrderBlockEvaluation
        {
            Client = AnswerSamples.Acme.Code,
            OrderNumber = orderNumber,
            OrderAmount = Money.Eur(9_000m),
            Decision = new BlockDecision([
                new BlockReason.OverdueBeyondTolerance(Money.Eur(7_600m), 2, 192, 0, Money.Eur(0m)),
                new BlockReason.LimitExceeded(Money.Eur(45_345.67m), Money.Eur(9_000m), Money.Eur(50_000m), Money.Eur(4_345.67m)),
            ]),
            AsOf = asOf,
            Exposure = Money.Eur(45_345.67m),
            Overdue = Money.Eur(9_100m),
            Limit = Money.Eur(45_000m),
            Salesperson = "camille.martin@contoso.example",
            BusinessUnit = "Industrie",
        },
        at);

    public static BlockedOrderView View(OrderBlock? block = null) => new(
        block ?? Pending,
        AnswerSamples.Acme,
        AnswerSamples.AcmeExposure,
        AnswerSamples.AcmeItems,
        AnswerSamples.AcmeBehaviour,
        AnswerSamples.AcmePayments.MaxBy(p => p.Date),
        AuthorityLevel.CreditManager,
        new AuthorityMatrix(Money.Eur(50_000m), Money.Eur(250_000m)),
        "Camille Martin",
        [("oid-claire", "Claire Moreau")],
        [("oid-claire", "Claire Moreau"), ("oid-paul", "Paul Lefebvre")],
        AnswerSamples.AsOf)
    {
        OrderDate = new DateOnly(2026, 11, 18),
    };

    public static OrderBlock Released { get; } = ((DecideOutcome.Applied)Pending.Decide(
        new OrderDecision
        {
            Kind = OrderDecisionKind.Release,
            DeciderId = "oid-claire",
            DeciderName = "Claire Moreau",
            At = new DateTimeOffset(2026, 11, 23, 9, 42, 0, TimeSpan.Zero),
            Comment = "Paiement promis pour le 30/11",
        },
        1)).Block;

    /// <summary>
    /// An earlier ACME order, CMD-2026-0311, blocked on 4/9/2026 and released by Paul the next day: since then ACME let
    /// F-2026-0088 (issued 10/9, due 10/10) go unpaid, 44 days past due on 23/11.
    /// </summary>
    public static OrderBlock ReleasedInSeptember { get; } = ((DecideOutcome.Applied)Blocked("CMD-2026-0311", new DateOnly(2026, 9, 4), new DateTimeOffset(2026, 9, 4, 7, 15, 0, TimeSpan.Zero)).Decide(
        new OrderDecision
        {
            Kind = OrderDecisionKind.Release,
            DeciderId = "oid-paul",
            DeciderName = "Paul Lefebvre",
            At = new DateTimeOffset(2026, 9, 5, 8, 0, 0, TimeSpan.Zero),
            Comment = "Client historique",
        },
        1)).Block;

    /// <summary>
    /// The statistics over 90 days to 23/11/2026 of the pending sample, of its release by Claire (the sample's decision)
    /// and of the September release, with what became of the releases on ACME's ledger.
    /// </summary>
    public static BlockStatisticsView Statistics()
    {
        var from = new DateTimeOffset(2026, 8, 25, 22, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2026, 11, 23, 23, 0, 0, TimeSpan.Zero);
        OrderBlock[] blocks = [Pending, Released, ReleasedInSeptember];
        var figures = BlockStatistics.Of(blocks, from, to);
        var followUp = ReleaseFollowUp.Of(
            BlockStatistics.ReleasesIn(blocks, from, to).Select(r => (r.Block, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(r.At, Paris).DateTime))),
            _ => AnswerSamples.AcmeItems,
            _ => AnswerSamples.AcmePayments,
            AnswerSamples.AsOf);
        return new BlockStatisticsView(
            figures,
            90,
            new DateOnly(2026, 8, 26),
            new DateOnly(2026, 11, 23),
            new DateTimeOffset(2026, 11, 23, 17, 4, 0, TimeSpan.Zero),
            new Dictionary<string, string> { ["camille.martin@contoso.example"] = "Camille Martin" },
            followUp,
            AnswerSamples.AsOf,
            new Dictionary<string, string> { [AnswerSamples.Acme.Code.Value] = AnswerSamples.Acme.Name });
    }

    /// <summary>The pending sample as "commande CMD-2026-0456" shows it: waiting for Claire and Paul since 16/11, with its two reasons.</summary>
    public static IReadOnlyList<OrderStatusEntry> OrderStatus(System.Globalization.CultureInfo culture)
    {
        var (style, state) = BlockedOrderCard.State(Pending, ["Claire Moreau", "Paul Lefebvre"], culture, Paris);
        return
        [
            new OrderStatusEntry(
                AnswerSamples.Acme.Name,
                Pending.OrderNumber,
                Pending.OrderAmount,
                new DateOnly(2026, 11, 16),
                style,
                state + Texts.OrderBlockTexts.Format("orders.since", culture, BlockedOrderCard.When(Pending.BlockedAt, culture, Paris)),
                [.. Pending.Reasons.Select(r => CreditBot.Answers.BlockReasonText.Describe(r, culture))]),
        ];
    }
}
