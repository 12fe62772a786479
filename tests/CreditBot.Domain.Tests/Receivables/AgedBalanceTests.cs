using CreditBot.Domain.Receivables;
using CreditBot.Domain.Tests.Support;
using CsCheck;

namespace CreditBot.Domain.Tests.Receivables;

public class AgedBalanceTests
{
    [Fact]
    public void Spreads_items_over_the_default_buckets()
    {
        var items = new[]
        {
            An.InvoiceDaysPastDue(-5, 100m, "F-1"),
            An.InvoiceDaysPastDue(1, 200m, "F-2"),
            An.InvoiceDaysPastDue(30, 300m, "F-3"),
            An.InvoiceDaysPastDue(31, 400m, "F-4"),
            An.InvoiceDaysPastDue(90, 500m, "F-5"),
            An.InvoiceDaysPastDue(91, 600m, "F-6"),
        };

        var aged = AgedBalance.Of(items, A.Today, Currency.Eur);

        Assert.Equal(["not-due", "1-30", "31-60", "61-90", "over-90"], aged.Lines.Select(line => line.Bucket.Key));
        Assert.Equal([100m, 500m, 400m, 500m, 600m], aged.Lines.Select(line => line.Amount.Amount));
        Assert.Equal(A.Eur(2_100m), aged.Total);
        Assert.Equal(A.Eur(2_000m), aged.Overdue);
        Assert.Equal(A.Eur(1_100m), aged.OverdueBeyond(60));
    }

    [Fact]
    public void Counts_an_item_due_today_as_not_due()
    {
        var item = An.InvoiceDaysPastDue(0, 250m);

        var aged = AgedBalance.Of([item], A.Today, Currency.Eur);

        Assert.Equal(A.Eur(250m), aged.NotDue);
        Assert.Equal(A.Eur(0m), aged.Overdue);
    }

    [Fact]
    public void Puts_a_credit_note_in_the_bucket_of_its_due_date_as_a_negative_amount()
    {
        var items = new[] { An.InvoiceDaysPastDue(45, 1_000m), A.CreditNote };

        var aged = AgedBalance.Of(items, A.Today, Currency.Eur);

        Assert.Equal(A.Eur(-1_000m), aged.Lines[1].Amount);
        Assert.Equal(A.Eur(1_000m), aged.Lines[2].Amount);
        Assert.Equal(A.Eur(0m), aged.Total);
    }

    [Fact]
    public void Counts_future_dated_items_as_not_due()
    {
        var future = An.Invoice with { IssueDate = A.Today.AddDays(5), DueDate = A.Today.AddDays(35) };

        var aged = AgedBalance.Of([future], A.Today, Currency.Eur);

        Assert.Equal(A.Eur(1_000m), aged.NotDue);
        Assert.Equal(aged.Total, aged.NotDue);
    }

    [Fact]
    public void Uses_configured_buckets()
    {
        var buckets = new AgingBuckets(15, 45);

        var aged = AgedBalance.Of([An.InvoiceDaysPastDue(20, 10m)], A.Today, Currency.Eur, buckets);

        Assert.Equal(["not-due", "1-15", "16-45", "over-45"], aged.Lines.Select(line => line.Bucket.Key));
        Assert.Equal(A.Eur(10m), aged.Lines[2].Amount);
    }

    [Fact]
    public void Ages_from_the_issue_date_when_asked()
    {
        var item = An.Invoice with { IssueDate = A.Today.AddDays(-40), DueDate = A.Today.AddDays(20) };

        var aged = AgedBalance.Of([item], A.Today, Currency.Eur, basis: AgingBasis.IssueDate);

        Assert.Equal(A.Eur(1_000m), aged.Lines[2].Amount);
    }

    [Fact]
    public void Refuses_bounds_that_do_not_increase()
    {
        Assert.Throws<ArgumentException>(() => new AgingBuckets(30, 30));
    }

    [Fact]
    public void Buckets_always_add_up_to_the_total_open_amount()
    {
        var bounds = Gen.Int[1, 200].Array[0, 6].Select(values => values.Distinct().Order().ToArray());
        var item = Gen.Select(Gen.Int[-400, 400], Gen.Int[-400, 400], Gen.Decimal[-100_000m, 100_000m])
            .Select((dueOffset, issueOffset, amount) => An.Invoice with
            {
                IssueDate = A.Today.AddDays(issueOffset),
                DueDate = A.Today.AddDays(dueOffset),
                Open = A.Eur(Math.Round(amount, 2)),
            });

        Gen.Select(bounds, item.List[0, 30], Gen.Enum<AgingBasis>()).Sample((bounds, items, basis) =>
        {
            var aged = AgedBalance.Of(items, A.Today, Currency.Eur, new AgingBuckets(bounds), basis);

            var sumOfBuckets = aged.Lines.Sum(line => line.Amount.Amount);
            var totalOpen = items.Sum(i => i.Open.Amount);
            return sumOfBuckets == totalOpen && aged.Total.Amount == totalOpen
                && aged.Lines.Sum(line => line.ItemCount) == items.Count;
        });
    }
}
