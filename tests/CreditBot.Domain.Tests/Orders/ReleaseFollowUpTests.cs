using CreditBot.Domain.Clients;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Receivables;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Orders;

public class ReleaseFollowUpTests
{
    private static readonly DateOnly Judged = new(2025, 6, 30);

    private static readonly ClientCode Other = new("OTHER");

    private static OrderBlock Block(string number, ClientCode client) => OrderBlock.Open(
        new OrderBlockEvaluation
        {
            Client = client,
            OrderNumber = number,
            OrderAmount = A.Eur(1_000m),
            Decision = new BlockDecision([new BlockReason.ManualBlock()]),
            AsOf = Judged,
            Exposure = A.Eur(0m),
            Overdue = A.Eur(0m),
        },
        new DateTimeOffset(2025, 1, 2, 8, 0, 0, TimeSpan.Zero));

    private static OpenItem Open(ClientCode client, string number, DateOnly issued, DateOnly due, decimal open = 500m) => new()
    {
        Client = client,
        Number = number,
        IssueDate = issued,
        DueDate = due,
        Amount = A.Eur(1_000m),
        Open = A.Eur(open),
    };

    private static Payment Paid(ClientCode client, string number, DateOnly issued, DateOnly due, DateOnly on, decimal amount = 1_000m) => new()
    {
        Client = client,
        Date = on,
        Amount = A.Eur(amount),
        AllocatedTo = number,
        ItemIssueDate = issued,
        ItemDueDate = due,
    };

    [Fact]
    public void Judges_each_release_on_the_invoices_issued_to_its_client_in_the_sixty_days_from_it()
    {
        var acme = A.Acme;
        var items = new Dictionary<ClientCode, List<OpenItem>>
        {
            // Issued 10/2 after the 1/2 release, due 12/3, unpaid on 30/6: 110 days past due.
            [acme] = [Open(acme, "F-OPEN", new(2025, 2, 10), new(2025, 3, 12))],
            [Other] = [Open(Other, "F-RECENT", new(2025, 6, 1), new(2025, 7, 1))],
        };
        var payments = new Dictionary<ClientCode, List<Payment>>
        {
            [acme] =
            [
                // Released 1/3: F-PAID-LATE issued 5/3 due 4/4 paid in two parts, the last 20/5 (46 days late).
                Paid(acme, "F-PAID-LATE", new(2025, 3, 5), new(2025, 4, 4), new(2025, 4, 10), 400m),
                Paid(acme, "F-PAID-LATE", new(2025, 3, 5), new(2025, 4, 4), new(2025, 5, 20), 600m),
            ],
            [Other] =
            [
                // Released 5/1: F-ON-TIME issued 6/1, due 5/2, paid 3/3 (26 days late: within the 30-day margin).
                Paid(Other, "F-ON-TIME", new(2025, 1, 6), new(2025, 2, 5), new(2025, 3, 3)),
                // Issued before the release of 5/1: not the order's.
                Paid(Other, "F-BEFORE", new(2024, 12, 20), new(2025, 1, 19), new(2025, 4, 30)),
            ],
        };
        var releases = new (OrderBlock, DateOnly)[]
        {
            (Block("A-1", acme), new(2025, 2, 1)),
            (Block("A-2", acme), new(2025, 3, 1)),
            (Block("O-1", Other), new(2025, 1, 5)),
            // Window 20/5 to 19/7 still open on 30/6, F-RECENT not yet due: too early.
            (Block("O-2", Other), new(2025, 5, 20)),
            // Window 2/3 to 1/5 is over and the client had no invoice in it.
            (Block("O-3", Other), new(2025, 3, 2)),
        };

        var followUp = ReleaseFollowUp.Of(releases, c => items[c], c => payments[c], Judged);

        Assert.Equal((5, 2, 1, 1, 1), (followUp.Releases, followUp.WentLate, followUp.OnTime, followUp.TooEarly, followUp.NoInvoice));
        Assert.Equal(2m / 3m, followUp.LateShare);
        Assert.Equal(
            [
                new LateRelease(acme, "A-1", new(2025, 2, 1), "F-OPEN", 110, Settled: false),
                new LateRelease(acme, "A-2", new(2025, 3, 1), "F-PAID-LATE", 46, Settled: true),
            ],
            followUp.Late);
    }

    [Fact]
    public void An_invoice_still_open_but_not_yet_thirty_days_late_leaves_a_closed_window_undecided()
    {
        // Released 1/4, window over on 31/5; F-1 issued 15/4, due 15/6, 15 days past due on 30/6: it can still go bad.
        var items = new List<OpenItem> { Open(A.Acme, "F-1", new(2025, 4, 15), new(2025, 6, 15)) };

        var followUp = ReleaseFollowUp.Of([(Block("A-1", A.Acme), new DateOnly(2025, 4, 1))], _ => items, _ => [], Judged);

        Assert.Equal((0, 0, 1), (followUp.WentLate, followUp.OnTime, followUp.TooEarly));
        Assert.Null(followUp.LateShare);
    }

    [Fact]
    public void A_release_already_followed_by_a_late_invoice_counts_before_its_window_closes()
    {
        // Released 20/5 (window open until 19/7); F-1 issued 20/5 payable on receipt, unpaid 41 days later.
        var items = new List<OpenItem> { Open(A.Acme, "F-1", new(2025, 5, 20), new(2025, 5, 20)) };

        var followUp = ReleaseFollowUp.Of([(Block("A-1", A.Acme), new DateOnly(2025, 5, 20))], _ => items, _ => [], Judged);

        Assert.Equal((1, 0, 0), (followUp.WentLate, followUp.OnTime, followUp.TooEarly));
        Assert.Equal(41, Assert.Single(followUp.Late).DaysLate);
    }

    [Fact]
    public void Credit_notes_and_unallocated_settlements_say_nothing_about_a_release()
    {
        var items = new List<OpenItem> { Open(A.Acme, "AV-1", new(2025, 2, 10), new(2025, 2, 10), -300m) with { Kind = OpenItemKind.CreditNote } };
        var payments = new List<Payment> { Paid(A.Acme, "F-1", new(2025, 2, 10), new(2025, 3, 10), new(2025, 6, 1)) with { AllocatedTo = null } };

        var followUp = ReleaseFollowUp.Of([(Block("A-1", A.Acme), new DateOnly(2025, 2, 1))], _ => items, _ => payments, Judged);

        Assert.Equal((0, 0, 0, 1), (followUp.WentLate, followUp.OnTime, followUp.TooEarly, followUp.NoInvoice));
    }

    [Fact]
    public void Only_releases_count_not_rejections_nor_pending_blocks()
    {
        var start = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);
        OrderBlock Decided(string number, OrderDecisionKind kind)
        {
            var block = Block(number, A.Acme);
            return ((DecideOutcome.Applied)block.Decide(new OrderDecision { Kind = kind, DeciderId = "c", DeciderName = "Claire", At = start.AddDays(3) }, block.Version)).Block;
        }

        var releases = BlockStatistics.ReleasesIn(
            [Decided("1", OrderDecisionKind.Release), Decided("2", OrderDecisionKind.ReleaseWithConditions), Decided("3", OrderDecisionKind.Reject), Block("4", A.Acme)],
            start,
            start.AddDays(7));

        Assert.Equal(["1", "2"], releases.Select(r => r.Block.OrderNumber));
    }
}
