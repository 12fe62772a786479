using CreditBot.Domain.Digests;
using CreditBot.Domain.Orders;
using CreditBot.Domain.Tests.Support;

namespace CreditBot.Domain.Tests.Digests;

public class DailyOverdueDigestTests
{
    [Fact]
    public void Lists_items_that_became_overdue_since_yesterday()
    {
        var items = new[]
        {
            An.InvoiceDaysPastDue(1, 500m, "F-new"),
            An.InvoiceDaysPastDue(0, 300m, "F-due-today"),
            An.InvoiceDaysPastDue(5, 200m, "F-old"),
        };

        var digest = DailyOverdueDigest.Compose(items, [], A.Today, Currency.Eur);

        var entry = Assert.Single(digest.NewlyOverdue);
        Assert.Equal("F-new", entry.Item.Number);
        Assert.Equal(A.Eur(500m), digest.NewlyOverdueAmount);
        Assert.Equal(A.Eur(700m), digest.TotalOverdue);
    }

    [Fact]
    public void Covers_the_weekend_when_given_the_previous_run()
    {
        var items = new[] { An.InvoiceDaysPastDue(1, 1m, "F-1"), An.InvoiceDaysPastDue(3, 1m, "F-3"), An.InvoiceDaysPastDue(4, 1m, "F-4") };

        var digest = DailyOverdueDigest.Compose(items, [], A.Today, Currency.Eur, previousRun: A.Today.AddDays(-3));

        Assert.Equal(["F-1", "F-3"], digest.NewlyOverdue.Select(entry => entry.Item.Number).Order());
    }

    [Fact]
    public void Lists_items_ageing_into_an_older_bucket()
    {
        var items = new[] { An.InvoiceDaysPastDue(31, 100m, "F-31"), An.InvoiceDaysPastDue(32, 100m, "F-32") };

        var digest = DailyOverdueDigest.Compose(items, [], A.Today, Currency.Eur);

        var entry = Assert.Single(digest.Ageing);
        Assert.Equal("F-31", entry.Item.Number);
        Assert.Equal("1-30", entry.From.Key);
        Assert.Equal("31-60", entry.To.Key);
    }

    [Fact]
    public void Lists_broken_promises_still_open()
    {
        var items = new[]
        {
            An.InvoiceDaysPastDue(20, 100m, "F-broken-yesterday") with { PromiseToPay = A.Today.AddDays(-1) },
            An.InvoiceDaysPastDue(20, 100m, "F-broken-long-ago") with { PromiseToPay = A.Today.AddDays(-10) },
            An.InvoiceDaysPastDue(20, 100m, "F-promised-today") with { PromiseToPay = A.Today },
            An.InvoiceDaysPastDue(20, 0m, "F-paid") with { PromiseToPay = A.Today.AddDays(-2) },
        };

        var digest = DailyOverdueDigest.Compose(items, [], A.Today, Currency.Eur);

        Assert.Equal(["F-broken-yesterday", "F-broken-long-ago"], digest.BrokenPromises.Select(p => p.Item.Number));
        Assert.True(digest.BrokenPromises[0].NewlyBroken);
        Assert.False(digest.BrokenPromises[1].NewlyBroken);
    }

    [Fact]
    public void Lists_orders_awaiting_a_decision_oldest_first()
    {
        var blocked = new BlockDecision([new BlockReason.ManualBlock()]);
        var orders = new (Order, BlockDecision)[]
        {
            (An.Order with { Number = "C-1", Date = A.Today.AddDays(-1) }, blocked),
            (An.Order with { Number = "C-2", Date = A.Today.AddDays(-4) }, blocked),
            (An.Order with { Number = "C-3" }, BlockDecision.Clear),
        };

        var digest = DailyOverdueDigest.Compose([], orders, A.Today, Currency.Eur);

        Assert.Equal(["C-2", "C-1"], digest.OrdersAwaitingDecision.Select(entry => entry.Order.Number));
        Assert.Equal(4, digest.OrdersAwaitingDecision[0].DaysWaiting);
    }

    [Fact]
    public void Is_empty_on_a_quiet_day()
    {
        var digest = DailyOverdueDigest.Compose([An.Invoice], [], A.Today, Currency.Eur);

        Assert.True(digest.IsEmpty);
    }
}
